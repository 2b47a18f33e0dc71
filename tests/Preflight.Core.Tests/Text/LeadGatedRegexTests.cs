using System.Text.RegularExpressions;
using Preflight.Core.Text;

namespace Preflight.Core.Tests.Text;

public sealed partial class LeadGatedRegexTests
{
    private const string TinyPattern = @"\b(?:up\s+to\s+\d+|(?:msgs?|messages?)\s+monthly|a\s+few|\d+\s+a\s+week)";

    [GeneratedRegex(TinyPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tiny();

    [GeneratedRegex(@"\G(?:" + TinyPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TinyHere();

    private static readonly LeadGatedRegex Gate = new(Tiny(), TinyHere(), "up. msg mes a. #");

    // The same pattern with its alternatives split in order between two anchored patterns, as a pattern too large for
    // the JIT to optimize in one piece is.
    [GeneratedRegex(@"\G(?:\b(?:up\s+to\s+\d+|(?:msgs?|messages?)\s+monthly))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TinyFirstHere();

    [GeneratedRegex(@"\G(?:\b(?:a\s+few|\d+\s+a\s+week))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TinyRestHere();

    private static readonly LeadGatedRegex SplitGate = new(Tiny(), [TinyFirstHere(), TinyRestHere()], "up. msg mes a. #");

    [Theory]
    [InlineData("Expect up to 4 texts.", "up to 4")]
    [InlineData("UP TO 6 msgs/mo", "UP TO 6")]
    [InlineData("We send messages monthly.", "messages monthly")]
    [InlineData("Only a few alerts.", "a few")]
    [InlineData("About 3 a week.", "3 a week")]
    [InlineData("up\u00A0to 4", "up\u00A0to 4")] // a non-ASCII space after a lead is still tried
    public void Finds_what_the_pattern_finds(string text, string expected)
    {
        foreach (var gate in new[] { Gate, SplitGate })
        {
            var m = gate.Find(text);
            Assert.NotNull(m);
            Assert.Equal(expected, m.Value);
            Assert.Equal(Tiny().Match(text).Index, m.Start);
        }
    }

    [Fact]
    public void Split_parts_are_tried_in_order_at_each_position_so_the_leftmost_match_wins()
    {
        // "3 a week" (second part) starts before "up to 4" (first part) and is found first.
        Assert.Equal((5, "3 a week"), SplitGate.Find("Only 3 a week, up to 4 in all.") is { } m ? (m.Start, m.Value) : default);
        Assert.Null(SplitGate.Find("Backup to 4 drives."));
    }

    [Theory]
    [InlineData("Look it up online.")] // "up" is a lead, but "up to" and a number do not follow
    [InlineData("Backup to 4 drives.")] // "up" inside a word: no word boundary
    [InlineData("Buy a new one, a hat or two.")]
    [InlineData("")]
    public void Finds_nothing_where_the_pattern_finds_nothing(string text)
    {
        Assert.Null(Gate.Find(text));
        Assert.Null(SplitGate.Find(text));
        Assert.DoesNotMatch(Tiny(), text);
    }

    [Theory]
    [InlineData("Msg")]
    [InlineData("abcd")]
    [InlineData("abc.")]
    [InlineData("a-b")]
    [InlineData("'")]
    [InlineData("#9")]
    [InlineData("#_b")]
    public void Rejects_a_lead_it_cannot_read(string lead) =>
        Assert.Throws<ArgumentException>(() => new LeadGatedRegex(Tiny(), TinyHere(), lead));

    [Theory]
    [InlineData("a-", "")]
    [InlineData("a-", "x.com/join")]
    [InlineData("ab1-", "example.com/sms")]
    public void A_long_run_of_letters_and_hyphens_is_read_once_not_once_per_position(string unit, string tail)
    {
        // A host lead asks whether a run of letters, digits and hyphens ends in a dot. Reading the run again from every
        // position in it made a 100,000-character field of "a-a-a-…" take seconds (quadratic); it is linear now.
        var gate = OptInMethods.Gates.Single(g => g.Leads.Contains("host.", StringComparison.Ordinal));
        var text = string.Concat(Enumerable.Repeat(unit, 150_000 / unit.Length)) + " " + tail;
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var m = gate.Find(text);
        stopwatch.Stop();
        if (tail.Length == 0) Assert.Null(m);
        else Assert.Equal((text.Length - tail.Length, tail), (m!.Start, m.Value));
        // Linear: a few milliseconds; the quadratic reading took tens of seconds at this length.
        Assert.True(stopwatch.ElapsedMilliseconds < 3000, $"took {stopwatch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void A_lead_missing_from_the_list_changes_the_answer_which_is_what_the_corpus_test_would_catch()
    {
        var incomplete = new LeadGatedRegex(Tiny(), TinyHere(), "up. msg mes a.");
        Assert.Null(incomplete.Find("About 3 a week."));
        Assert.Matches(Tiny(), "About 3 a week.");
    }

    [Theory]
    [InlineData("About 3 a week.", "3 a week")]
    [InlineData("Call 555-0187 or 555-0188: 3\u00A0a week.", "3\u00A0a week")] // a non-ASCII space after the digits is tried
    [InlineData("Call (555) 555-0187, 10:30, 2.5; up to 4.", "up to 4")]
    public void A_number_lead_with_what_follows_its_digits_finds_what_the_pattern_finds(string text, string expected)
    {
        // The tiny pattern's only number is "\d+\s+a\s+week": its digits are followed by white space.
        var gate = new LeadGatedRegex(Tiny(), TinyHere(), "up. msg mes a. #_");
        Assert.Equal(expected, gate.Find(text)?.Value);
        Assert.Equal(expected, Tiny().Match(text).Value);
    }

    [Fact]
    public void A_number_lead_followed_by_the_wrong_characters_misses_a_match()
    {
        var gate = new LeadGatedRegex(Tiny(), TinyHere(), "up. msg mes a. #a-");
        Assert.Null(gate.Find("About 3 a week."));
    }

    public static TheoryData<string> GatedPatterns()
    {
        var data = new TheoryData<string>();
        foreach (var name in AllGates().Keys) data.Add(name);
        return data;
    }

    /// <summary>
    /// Every gated pattern in the library gives the same first match as the pattern searched the ordinary way, over
    /// every string literal of the repository's tests, the samples and fixtures, and a few edge cases, each as written,
    /// in capitals, run on from a letter, and with its spaces turned into no-break spaces.
    /// </summary>
    [Theory]
    [MemberData(nameof(GatedPatterns))]
    public void Gated_pattern_matches_as_the_unanchored_pattern_does(string name)
    {
        var gate = AllGates()[name];
        Corpus.CompareAll(text =>
        {
            var m = gate.Anywhere.Match(text);
            var expected = m.Success ? new TextMatch(m.Index, m.Length, m.Value) : null;
            var actual = gate.Find(text);
            Assert.True(expected == actual, $"{name} (leads \"{gate.Leads}\") on \"{text}\": expected {Describe(expected)}, got {Describe(actual)}");
            return expected is not null;
        }, minFound: 1);
    }

    private static string Describe(TextMatch? m) => m is not null ? $"\"{m.Value}\" at {m.Start}" : "no match";

    private static Dictionary<string, LeadGatedRegex> AllGates()
    {
        var all = new Dictionary<string, LeadGatedRegex>(StringComparer.Ordinal);
        var i = 0;
        foreach (var g in Disclosures.Gates) all.Add($"Disclosures[{i++}]", g);
        i = 0;
        foreach (var g in OptInMethods.Gates) all.Add($"OptInMethods[{i++}]", g);
        return all;
    }
}

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

    [Theory]
    [InlineData("Expect up to 4 texts.", "up to 4")]
    [InlineData("UP TO 6 msgs/mo", "UP TO 6")]
    [InlineData("We send messages monthly.", "messages monthly")]
    [InlineData("Only a few alerts.", "a few")]
    [InlineData("About 3 a week.", "3 a week")]
    [InlineData("up\u00A0to 4", "up\u00A0to 4")] // a non-ASCII space after a lead is still tried
    public void Finds_what_the_pattern_finds(string text, string expected)
    {
        var m = Gate.Match(text);
        Assert.True(m.Success);
        Assert.Equal(expected, m.Value);
        Assert.Equal(Tiny().Match(text).Index, m.Index);
    }

    [Theory]
    [InlineData("Look it up online.")] // "up" is a lead, but "up to" and a number do not follow
    [InlineData("Backup to 4 drives.")] // "up" inside a word: no word boundary
    [InlineData("Buy a new one, a hat or two.")]
    [InlineData("")]
    public void Finds_nothing_where_the_pattern_finds_nothing(string text)
    {
        Assert.False(Gate.Match(text).Success);
        Assert.DoesNotMatch(Tiny(), text);
    }

    [Theory]
    [InlineData("Msg")]
    [InlineData("abcd")]
    [InlineData("abc.")]
    [InlineData("a-b")]
    [InlineData("'")]
    public void Rejects_a_lead_it_cannot_read(string lead) =>
        Assert.Throws<ArgumentException>(() => new LeadGatedRegex(Tiny(), TinyHere(), lead));

    [Fact]
    public void A_lead_missing_from_the_list_changes_the_answer_which_is_what_the_corpus_test_would_catch()
    {
        var incomplete = new LeadGatedRegex(Tiny(), TinyHere(), "up. msg mes a.");
        Assert.False(incomplete.Match("About 3 a week.").Success);
        Assert.Matches(Tiny(), "About 3 a week.");
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
        var texts = CorpusTexts.Value;
        var compared = 0;
        var found = 0;
        foreach (var text in texts)
        {
            var expected = gate.Anywhere.Match(text);
            var actual = gate.Match(text);
            Assert.True(expected.Success == actual.Success && expected.Index == actual.Index && expected.Length == actual.Length,
                $"{name} (leads \"{gate.Leads}\") on \"{text}\": expected {Describe(expected)}, got {Describe(actual)}");
            compared++;
            if (expected.Success) found++;
        }
        Assert.True(compared > 10_000, $"only {compared} texts");
        Assert.True(found > 0, $"{name} matched none of {compared} texts, so the comparison says little");
    }

    private static string Describe(Match m) => m.Success ? $"\"{m.Value}\" at {m.Index}" : "no match";

    private static Dictionary<string, LeadGatedRegex> AllGates()
    {
        var all = new Dictionary<string, LeadGatedRegex>(StringComparer.Ordinal);
        var i = 0;
        foreach (var g in Disclosures.Gates) all.Add($"Disclosures[{i++}]", g);
        i = 0;
        foreach (var g in OptInMethods.Gates) all.Add($"OptInMethods[{i++}]", g);
        return all;
    }

    /// <summary>Every string literal of the tests and samples, with edge cases, each in four variants (see above).</summary>
    internal static readonly Lazy<string[]> CorpusTexts = new(() =>
    {
        var literals = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dir in new[] { "tests", "samples" })
            foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, dir), "*.*", SearchOption.AllDirectories))
            {
                if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ||
                    file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ||
                    !(file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal) || file.EndsWith(".jsonl", StringComparison.Ordinal)))
                    continue;
                foreach (Match m in Literal().Matches(File.ReadAllText(file))) literals.Add(m.Groups[1].Value);
            }
        // Edge cases the literals may lack: a host name starting at a hyphen after a non-ASCII or underscore-joined
        // word, letters that match ASCII letters without case (Kelvin sign, long s), and digits of other scripts.
        literals.UnionWith(
        [
            "Sign up at café-site.com/sms today", "Join at my_shop-now.com/sms", "Visit EXAMPLE.COM/sms", "ſhop.com/x for texts",
            "\u212Aeyword text JOIN to 55555", "Text JOIN to 55555", "up to ٣ msgs/mo", "One message per login", "x-y.co/z",
            "Cust\u00F3mer portal sign-up at -foo.health/a", "opt-in page: https://a.b/c", "our\u00A0site", "2FA codes", "ñ-x.shop/deal",
        ]);
        var texts = new List<string>(literals.Count * 4);
        foreach (var s in literals)
        {
            texts.Add(s);
            texts.Add(s.ToUpperInvariant());
            texts.Add("x" + s);
            texts.Add(s.Replace(' ', '\u00A0'));
        }
        return [.. texts];
    });

    [GeneratedRegex("\"((?:[^\"\\\\\\n]|\\\\.){4,600})\"")]
    private static partial Regex Literal();
}

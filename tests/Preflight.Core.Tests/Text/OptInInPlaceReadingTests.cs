using Preflight.Core.Text;

namespace Preflight.Core.Tests.Text;

/// <summary>
/// The opt-in reading searches each sentence in place (a span, or a range the patterns see as the whole input) instead
/// of copying it out. These tests hold every piece of that to the same reading of the copied-out sentence, over the
/// corpus of test literals, each also with its sentence ends turned into line breaks.
/// </summary>
public sealed class OptInInPlaceReadingTests
{
    [Fact]
    public void Sentence_ranges_are_the_sentences_the_first_splitter_made()
    {
        CompareAllWithLineBreaks(text =>
        {
            var expected = ReferenceSentences(text);
            var actual = CallToActionText.Sentences(text);
            Assert.True(expected.SequenceEqual(actual), $"on \"{text}\": {Describe(expected)} became {Describe(actual)}");
            return expected.Count > 1;
        }, minFound: 1000);
    }

    [Theory]
    [InlineData("See Dr. Smith. Then leave.", new[] { "See Dr. Smith.", "Then leave." })]
    [InlineData("Reply e.g. STOP. Or HELP!", new[] { "Reply e.g. STOP.", "Or HELP!" })]
    [InlineData("Up to 4 msgs/mo approx. Rates apply.", new[] { "Up to 4 msgs/mo approx. Rates apply." })]
    [InlineData("We are approxi. Rates apply.", new[] { "We are approxi.", "Rates apply." })] // seven letters: no abbreviation
    [InlineData("Text \"JOIN.\" Then\nreply", new[] { "Text \"JOIN.\"", "Then", "reply" })]
    [InlineData("a.b. c", new[] { "a.b.", "c" })]
    public void Sentences_split_at_marks_followed_by_space_but_not_after_abbreviations(string text, string[] expected) =>
        Assert.Equal(expected, CallToActionText.Sentences(text).Select(s => s.Value));

    [Fact]
    public void A_gate_searching_part_of_a_text_finds_what_it_finds_in_that_part_copied_out()
    {
        var gates = OptInMethods.Gates.Concat(Disclosures.Gates).ToArray();
        CompareAllWithLineBreaks(text =>
        {
            var any = false;
            foreach (var (start, end) in Parts(text))
            {
                var part = text[start..end];
                foreach (var gate in gates)
                {
                    var expected = Shift(gate.Find(part), start);
                    var actual = gate.Find(text, start, end);
                    Assert.True(expected == actual, $"leads \"{gate.Leads}\" on \"{part}\" in \"{text}\": expected {Describe(expected)}, got {Describe(actual)}");
                    any |= expected is not null;
                }
            }
            return any;
        }, minFound: 1000);
    }

    [Fact]
    public void Reading_a_sentence_in_place_finds_what_reading_it_copied_out_finds()
    {
        CompareAllWithLineBreaks(text =>
        {
            var any = false;
            foreach (var s in CallToActionText.Sentences(text))
            {
                var copied = OptInMethods.Read(s.Value, OptInMethods.AllMethods);
                var mentions = new List<OptInMention>();
                var (methods, matched) = OptInMethods.ReadPart(text, s.Start, s.End, OptInMethods.AllMethods, mentions);
                var expected = copied.Mentions.Select(m => new OptInMention(m.Method, Shift(m.Match, s.Start)!)).ToArray();
                Assert.True(expected.SequenceEqual(mentions) && copied.Methods == methods && copied.Matched == matched,
                    $"on \"{s.Value}\" in \"{text}\": {Describe(expected)} became {Describe(mentions)}");
                any |= expected.Length > 0;
            }
            return any;
        }, minFound: 1000);
    }

    [Fact]
    public void Finding_methods_sentence_by_sentence_in_place_finds_what_copying_each_sentence_out_finds()
    {
        CompareAllWithLineBreaks(text =>
        {
            var whole = OptInMethods.Read(text, OptInMethods.AllMethods);
            foreach (var matched in new[] { whole.Matched, OptInMethods.AllMethods })
            {
                var expected = CallToActionText.FindMethodsBySentenceCopies(text, whole.Methods, matched);
                var actual = CallToActionText.FindMethods(text, whole.Methods, matched);
                Assert.True(expected.SequenceEqual(actual), $"on \"{text}\": {Describe(expected)} became {Describe(actual)}");
            }
            return whole.Matched != OptInMethod.None;
        }, minFound: 1000);
    }

    [Fact]
    public void Negation_of_a_part_is_negation_of_that_part_copied_out()
    {
        CompareAllWithLineBreaks(text =>
        {
            var any = false;
            foreach (var s in CallToActionText.Sentences(text))
                for (var i = 0; i <= s.Length; i += 7)
                {
                    var expected = Negation.IsNegated(s.Value, i);
                    Assert.Equal(expected, Negation.IsNegated(text.AsSpan(s.Start, s.Length), i));
                    any |= expected;
                }
            return any;
        }, minFound: 100);
    }

    [Fact]
    public void Counting_words_up_to_a_limit_counts_as_far_as_the_limit()
    {
        Corpus.CompareAll(text =>
        {
            var all = CallToActionText.CountWords(text);
            foreach (var limit in new[] { 1, 5, 12 })
                Assert.Equal(Math.Min(all, limit), CallToActionText.CountWords(text, limit));
            return all >= 12;
        }, minFound: 1000);
    }

    // Each text as written and with ". " turned into ".\n" (the literals seldom hold a line break).
    private static void CompareAllWithLineBreaks(Func<string, bool> compare, int minFound) =>
        Corpus.CompareAll(text =>
        {
            var found = compare(text);
            var broken = text.Replace(". ", ".\n", StringComparison.Ordinal);
            return (broken != text && compare(broken)) || found;
        }, minFound);

    // The sentences, and a few cuts that do not fall at white space: inside the first and last words.
    private static IEnumerable<(int Start, int End)> Parts(string text)
    {
        foreach (var s in CallToActionText.Sentences(text)) yield return (s.Start, s.End);
        if (text.Length > 4)
        {
            yield return (1, text.Length - 1);
            yield return (2, text.Length);
            yield return (0, text.Length - 2);
        }
    }

    private static TextMatch? Shift(TextMatch? m, int by) => m is null ? null : m with { Start = m.Start + by };

    private static string Describe(TextMatch? m) => m is not null ? $"\"{m.Value}\" at {m.Start}" : "no match";

    private static string Describe(IEnumerable<TextMatch> sentences) => string.Join(" | ", sentences.Select(s => $"{s.Start}:{s.Value}"));

    private static string Describe(IEnumerable<OptInMention> mentions) =>
        string.Join("; ", mentions.Select(m => $"{m.Method} \"{m.Match.Value}\" at {m.Match.Start}"));

    /// <summary>The sentence splitter as first written, copying each sentence and each abbreviation candidate.</summary>
    private static List<TextMatch> ReferenceSentences(string text)
    {
        var list = new List<TextMatch>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(start, i);
                start = i + 1;
                continue;
            }
            if (c is not ('.' or '!' or '?')) continue;
            var j = i + 1;
            while (j < text.Length && text[j] is '"' or '\'' or '”' or '’' or ')' or ']') j++;
            if (j < text.Length && !char.IsWhiteSpace(text[j])) continue;
            if (c == '.' && IsAbbreviation(i)) continue;
            Add(start, j);
            start = j;
            i = j - 1;
        }
        Add(start, text.Length);
        return list;

        void Add(int from, int to)
        {
            while (from < to && char.IsWhiteSpace(text[from])) from++;
            while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
            if (to > from) list.Add(new TextMatch(from, to - from, text[from..to]));
        }

        bool IsAbbreviation(int dot)
        {
            var s = dot;
            while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.')) s--;
            return s < dot && Abbreviations.Contains(text[s..dot]);
        }
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "eg", "ie", "freq", "approx", "dr", "mr", "mrs", "ms", "st", "vs", "jr", "sr", "etc",
    };
}

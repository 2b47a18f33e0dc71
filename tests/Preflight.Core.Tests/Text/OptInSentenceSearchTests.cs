using Preflight.Core.Text;

namespace Preflight.Core.Tests.Text;

/// <summary>
/// The per-sentence reading of opt-in methods searches a sentence only for the methods whose patterns match somewhere in
/// the whole text. These tests hold that shortcut to the full search.
/// </summary>
public sealed class OptInSentenceSearchTests
{
    [Fact]
    public void No_method_pattern_looks_beyond_a_word_boundary()
    {
        // The shortcut relies on it: a sentence is cut from the text at white space, so a pattern with no look-around
        // or anchor that matches inside the sentence also matches the whole text.
        foreach (var pattern in OptInMethods.MethodPatterns)
        {
            var source = pattern.ToString();
            foreach (var construct in new[] { "(?=", "(?!", "(?<=", "(?<!", "^", "$", @"\A", @"\z", @"\Z", @"\G" })
                Assert.False(source.Contains(construct, StringComparison.Ordinal), $"{construct} in {source}");
        }
    }

    [Fact]
    public void Searching_sentences_only_for_methods_matched_in_the_whole_text_finds_the_same_mentions()
    {
        Corpus.CompareAll(text =>
        {
            var whole = OptInMethods.Read(text, OptInMethods.AllMethods);
            var full = CallToActionText.FindMethods(text, whole.Methods, OptInMethods.AllMethods);
            var narrowed = CallToActionText.FindMethods(text, whole.Methods, whole.Matched);
            Assert.True(Same(full, narrowed), $"on \"{text}\": {Describe(full)} became {Describe(narrowed)}");
            return full.Count > 0;
        }, minFound: 500);
    }

    [Fact]
    public void A_sentence_is_not_searched_for_a_method_the_whole_text_lacks()
    {
        // With no method allowed, the sentences yield nothing but spoken mentions, which have their own reading.
        const string text = "Customers opt in on our website at https://acme.com/sms. They can also text JOIN to 55555.";
        var whole = OptInMethods.Read(text, OptInMethods.AllMethods);
        Assert.Equal(OptInMethod.Website | OptInMethod.Keyword, whole.Matched & (OptInMethod.Website | OptInMethod.Keyword));
        Assert.NotEmpty(CallToActionText.FindMethods(text, whole.Methods, whole.Matched));
        Assert.Empty(CallToActionText.FindMethods(text, whole.Methods, OptInMethod.None));
    }

    [Fact]
    public void A_method_whose_first_mention_is_negated_is_still_searched_in_later_sentences()
    {
        // The first web-form mention is negated, so the whole text does not count it as a method; the second sentence
        // still describes one. The narrowing must use what matched, not what counted.
        const string text = "We do not use a web form for this. Customers opt in by entering their number on our sign-up page at https://acme.com/sms.";
        var whole = OptInMethods.Read(text, OptInMethods.AllMethods);
        Assert.Equal(OptInMethod.None, whole.Methods & OptInMethod.Website);
        Assert.Equal(OptInMethod.Website, whole.Matched & OptInMethod.Website);
        var mentions = CallToActionText.FindMethods(text, whole.Methods, whole.Matched);
        Assert.Contains(mentions, m => m.Method == OptInMethod.Website && m.Match.Start > text.IndexOf("Customers", StringComparison.Ordinal));
        Assert.DoesNotContain(CallToActionText.FindMethods(text, whole.Methods, whole.Methods), m => m.Method == OptInMethod.Website);
    }

    private static bool Same(IReadOnlyList<OptInMention> a, IReadOnlyList<OptInMention> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Method == p.Second.Method && p.First.Match.Start == p.Second.Match.Start && p.First.Match.Length == p.Second.Match.Length);

    private static string Describe(IReadOnlyList<OptInMention> mentions) =>
        mentions.Count == 0 ? "nothing" : string.Join("; ", mentions.Select(m => $"{m.Method} \"{m.Match.Value}\" at {m.Match.Start}"));
}

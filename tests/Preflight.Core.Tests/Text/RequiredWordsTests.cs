using System.Reflection;
using System.Text.RegularExpressions;
using Preflight.Core.Text;

namespace Preflight.Core.Tests.Text;

public sealed partial class RequiredWordsTests
{
    [GeneratedRegex(@"\b(?:mobile\s+app|in[\s-]app|app\s+store)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TinyApp();

    private static readonly RequiredWords App = new(TinyApp(), ["store"], wordEnds: ["app"]);

    [Theory]
    [InlineData("Download our mobile app.", true)]
    [InlineData("Sign up in-app", true)] // the word ends with the text
    [InlineData("Find us in the App Store", true)]
    [InlineData("Rates may apply; appointment reminders.", false)] // "app" inside a word does not count
    [InlineData("Book an appointment", false)]
    [InlineData("", false)]
    [InlineData("Rates may apply\u00A0today", true)] // non-ASCII: always searched
    [InlineData("\u212Aeep it", true)]
    public void A_text_may_match_only_with_a_word_or_a_non_ASCII_character(string text, bool may) =>
        Assert.Equal(may, App.MayMatch(text));

    [Fact]
    public void First_is_the_patterns_first_match_or_nothing()
    {
        Assert.Equal("mobile app", App.First("Use our mobile app today.")?.Value);
        Assert.Null(App.First("Rates may apply."));
    }

    public static TheoryData<string> Filters()
    {
        var data = new TheoryData<string>();
        foreach (var name in AllFilters().Keys) data.Add(name);
        return data;
    }

    /// <summary>
    /// Every match of every filtered pattern in the library holds one of its words, and every text the pattern matches
    /// passes the filter, over every corpus text (as written, in capitals, run on from a letter, with no-break spaces).
    /// </summary>
    [Theory]
    [MemberData(nameof(Filters))]
    public void Every_match_holds_one_of_the_words(string name)
    {
        var filter = AllFilters()[name];
        Corpus.CompareAll(text =>
        {
            var any = false;
            foreach (Match m in filter.Pattern.Matches(text))
            {
                any = true;
                Assert.True(filter.MayMatch(m.Value), $"{name}: \"{m.Value}\" in \"{text}\" holds none of {string.Join(", ", filter.Words)}");
            }
            Assert.True(!any || filter.MayMatch(text), $"{name} matches \"{text}\" but the filter says it cannot");
            Assert.Equal(any ? TextMatch.First(filter.Pattern, text) : null, filter.First(text));
            return any;
        }, minFound: 1);
    }

    [Fact]
    public void Verbally_or_orally_is_found_as_string_Contains_finds_it()
    {
        Corpus.CompareAll(text =>
        {
            var expected = text.Contains("verbal", StringComparison.OrdinalIgnoreCase) || text.Contains("orally", StringComparison.OrdinalIgnoreCase);
            Assert.Equal(expected, CallToActionText.SaysVerballyOrOrally(text));
            return expected;
        }, minFound: 20);
    }

    [Fact]
    public void Every_filter_in_the_library_is_compared()
    {
        // The filters are found by reflection, so a new one cannot be left out of the corpus comparison.
        Assert.True(AllFilters().Count >= 15, $"only {AllFilters().Count} filters found");
    }

    private static Dictionary<string, RequiredWords> AllFilters()
    {
        var all = new Dictionary<string, RequiredWords>(StringComparer.Ordinal);
        foreach (var type in typeof(RequiredWords).Assembly.GetTypes())
            foreach (var f in type.GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
                if (f.FieldType == typeof(RequiredWords))
                    all.Add($"{type.Name}.{f.Name}", (RequiredWords)f.GetValue(null)!);
        return all;
    }
}

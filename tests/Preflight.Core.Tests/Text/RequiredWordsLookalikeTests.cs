using System.Text.RegularExpressions;
using Preflight.Core.Text;

namespace Preflight.Core.Tests.Text;

/// <summary>
/// A required-word filter searches a text with non-ASCII characters only when one of them could stand where a word has
/// an ASCII character. These tests hold the list of such characters to what the regular expression engine does.
/// </summary>
public sealed partial class RequiredWordsLookalikeTests
{
    [GeneratedRegex(@"\b(?:mobile\s+app|in[\s-]app|app\s+store)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TinyApp();

    private static readonly RequiredWords App = new(TinyApp(), ["store", "mobile"], wordEnds: ["app"]);

    [Theory]
    [InlineData("Café Zoë: reply STOP", false)] // accented letters are not read as a word's letters
    [InlineData("“Rates may apply” 🎉", false)]
    [InlineData("Rates may apply\u00A0today", true)] // a non-ASCII space: \s takes it
    [InlineData("Café \u212Aeep it", true)] // the Kelvin sign is k ignoring case
    [InlineData("\u017Fhop", true)] // the long s
    [InlineData("Café mobile app", true)]
    [InlineData("up to ٣", true)] // another script's digit: \d takes it
    public void Only_a_non_ASCII_character_that_can_stand_for_part_of_a_word_forces_a_search(string text, bool may) =>
        Assert.Equal(may, App.MayMatch(text));

    [Fact]
    public void No_other_non_ASCII_character_matches_an_ASCII_letter_a_space_or_a_digit()
    {
        var letters = new List<Regex> { new("^[a-z]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant) };
        for (var l = 'a'; l <= 'z'; l++)
        {
            letters.Add(new Regex("^" + l + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
            letters.Add(new Regex("^" + l + "$", RegexOptions.IgnoreCase));
        }
        var space = new Regex(@"^\s$");
        var digit = new Regex(@"^\d$");
        for (var c = (char)0x80; c != char.MaxValue; c++)
        {
            if (RequiredWords.Lookalikes.Contains(c)) continue;
            var s = c.ToString();
            Assert.False(space.IsMatch(s), $"U+{(int)c:X4} is white space to a pattern");
            Assert.False(digit.IsMatch(s), $"U+{(int)c:X4} is a digit to a pattern");
            foreach (var l in letters)
                Assert.False(l.IsMatch(s), $"U+{(int)c:X4} matches {l} ignoring case");
        }
    }
}

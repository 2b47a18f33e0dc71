using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Preflight.Core.Text;

/// <summary>
/// Words at least one of which every match of a pattern contains, compared without case ("form", "sheet" and "paper"
/// for a paper-form pattern): a text holding none of them cannot hold a match, so the pattern need not be searched. One
/// vector search for the words costs a fraction of the pattern's search, which tries every position a match could
/// begin at.
/// </summary>
/// <remarks>
/// Beyond ASCII, ignoring case a pattern equates the Kelvin sign with k, and its <c>\s</c> and <c>\d</c> take other
/// scripts' spaces and digits, so a text with such a character (<see cref="Lookalikes"/>) may always hold a match; other
/// non-ASCII characters (é, ’, emoji) do not stand in for a word's letters. A word given in <c>wordEnds</c> counts only
/// where no ASCII letter, digit or underscore follows it ("app" in "mobile app" but not in "apply"), for a pattern
/// whose matches hold that word only before a word boundary.
/// The tests hold each pattern to its words over every corpus text: every match holds one.
/// </remarks>
internal sealed class RequiredWords
{
    private readonly SearchValues<string> _words;
    private readonly SearchValues<string>? _wordEnds;
    private readonly string[] _ends;

    public RequiredWords(Regex pattern, string[] words, string[]? wordEnds = null)
    {
        Pattern = pattern;
        Words = words;
        _ends = wordEnds ?? [];
        _words = SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
        if (_ends.Length > 0) _wordEnds = SearchValues.Create(_ends, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The pattern whose matches each hold one of the words.</summary>
    public Regex Pattern { get; }

    /// <summary>The words, any one of which a match holds anywhere.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>
    /// Whether <paramref name="text"/> may hold a match: it has one of the words, or a non-ASCII character a pattern
    /// might read as part of one (see <see cref="Lookalikes"/>).
    /// </summary>
    public bool MayMatch(ReadOnlySpan<char> text) =>
        text.IndexOfAny(_words) >= 0 || HasWordEnd(text) || (!Ascii.IsValid(text) && text.IndexOfAny(Lookalikes) >= 0);

    /// <summary>
    /// The non-ASCII characters that can stand where a word has an ASCII character: those that ignoring case equates
    /// with an ASCII letter (the Kelvin sign with k, the long s with s, the dotted and dotless i), white space (which
    /// <c>\s</c> takes) and digits (which <c>\d</c> takes). Any other non-ASCII character (é, ’, an emoji) cannot be
    /// read as part of a word, so a text whose only non-ASCII characters are such still needs one of the words.
    /// </summary>
    internal static readonly SearchValues<char> Lookalikes = SearchValues.Create(FindLookalikes());

    private static char[] FindLookalikes()
    {
        var list = new List<char> { '\u0130', '\u0131', '\u017F', '\u212A' };
        for (var c = (char)0x80; c != char.MaxValue; c++)
            if (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                || char.IsDigit(c) || char.IsAsciiLetter(char.ToUpperInvariant(c)) || char.IsAsciiLetter(char.ToLowerInvariant(c)))
                list.Add(c);
        return [.. list.Distinct()];
    }

    /// <summary>The pattern's leftmost match in <paramref name="text"/>, searched only when the text may hold one.</summary>
    public TextMatch? First(string text) => MayMatch(text) ? TextMatch.First(Pattern, text) : null;

    private bool HasWordEnd(ReadOnlySpan<char> text)
    {
        if (_wordEnds is null) return false;
        var from = 0;
        while (true)
        {
            var i = text[from..].IndexOfAny(_wordEnds);
            if (i < 0) return false;
            i += from;
            foreach (var w in _ends)
            {
                var end = i + w.Length;
                if (end <= text.Length && text.Slice(i, w.Length).Equals(w, StringComparison.OrdinalIgnoreCase)
                    && (end == text.Length || !(char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_')))
                    return true;
            }
            from = i + 1;
        }
    }
}

using System.Buffers;
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
/// The test is sure only for ASCII text: ignoring case, a pattern equates the Kelvin sign with k, and its <c>\s</c>,
/// <c>\w</c> and <c>\d</c> take other scripts' spaces, letters and digits, so a text with any non-ASCII character may
/// always hold a match. A word given in <c>wordEnds</c> counts only where no ASCII letter, digit or underscore follows it
/// ("app" in "mobile app" but not in "apply"), for a pattern whose matches hold that word only before a word boundary.
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

    /// <summary>Whether <paramref name="text"/> may hold a match: it has one of the words, or a non-ASCII character.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) =>
        text.IndexOfAny(_words) >= 0 || HasWordEnd(text) || !Ascii.IsValid(text);

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

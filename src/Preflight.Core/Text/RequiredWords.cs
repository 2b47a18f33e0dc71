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
    private readonly Regex? _confirm;

    /// <param name="pattern">The pattern whose matches each hold one of the words.</param>
    /// <param name="words">The words, compared without case.</param>
    /// <param name="wordEnds">Words that count only where no ASCII letter, digit or underscore follows them.</param>
    /// <param name="confirm">
    /// A pattern behind <c>\G</c>, tried where one of <paramref name="words"/> begins, that says whether the word stands
    /// where a match would hold it ("optional" after "consent is", not after "an"); may look behind with
    /// <c>(?&lt;=…)</c>. A word it does not match there does not count. Every match must hold a word the pattern
    /// matches at, reading the match alone; the tests hold it to that over the corpus.
    /// </param>
    public RequiredWords(Regex pattern, string[] words, string[]? wordEnds = null, Regex? confirm = null)
    {
        if (confirm is not null && wordEnds is { Length: > 0 })
            throw new ArgumentException("A confirming pattern is tried after the words only, not after word ends.", nameof(confirm));
        Pattern = pattern;
        Words = words;
        _ends = wordEnds ?? [];
        _confirm = confirm;
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
        _confirm is null
            ? text.IndexOfAny(_words) >= 0 || HasWordEnd(text) || (!Ascii.IsValid(text) && text.IndexOfAny(Lookalikes) >= 0)
            // A confirmed filter stays with the plain rule: any non-ASCII text is searched in full.
            : !Ascii.IsValid(text) || HasConfirmedWord(text);

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

    // Whether the confirming pattern matches where one of the words begins.
    private bool HasConfirmedWord(ReadOnlySpan<char> text)
    {
        var from = 0;
        while (true)
        {
            var i = text[from..].IndexOfAny(_words);
            if (i < 0) return false;
            i += from;
            if (ThreadRegex.Local(_confirm!).IsMatch(text, i)) return true;
            from = i + 1;
        }
    }

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

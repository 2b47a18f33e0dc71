using System.Buffers;
using System.Text.RegularExpressions;

namespace Preflight.Core.Text;

/// <summary>
/// A pattern whose every match starts at a word boundary with one of a few known leads ("msg", "up", a digit), tried
/// only at the word starts that begin with one of them instead of at every position. The answer is the pattern's own
/// leftmost match: the positions are tried left to right with the pattern anchored there (<c>\G</c>), so the first
/// success is the match the unanchored pattern finds, as long as the leads cover every way a match can begin.
/// </summary>
/// <remarks>
/// Leads are written as space-separated, lower-case ASCII letters and digits, compared without case:
/// <list type="bullet">
/// <item><c>msg</c>: a word starting with those letters (at most three count: <c>messages</c> is written <c>mes</c>);</item>
/// <item><c>a.</c>: the whole word is <c>a</c> (one or two letters followed by a dot), for short words that would
/// otherwise let in every word starting with them;</item>
/// <item><c>#</c>: a word starting with a digit; <c>#</c> followed by characters (<c>#_a-</c>): a number whose ASCII
/// digits are followed by one of them, <c>_</c> standing for white space and <c>a</c> for an ASCII letter (what the
/// pattern's <c>\d+</c> can be followed by, as long as nothing after it can begin with a digit: digits it gives back
/// would be followed by a digit);</item>
/// <item><c>host.</c>: a run of letters, digits and hyphens that ends in a dot, as a host name does
/// (<c>example.com</c>); it may also start at a hyphen that follows a word character.</item>
/// </list>
/// A pattern that can begin with punctuation, or inside a word (<c>'ll</c> after <c>you</c>), cannot be gated.
/// The test is conservative: a word with a non-ASCII character among its first three, which case-insensitive
/// matching or <c>\d</c> might equate with a lead, is always tried. <see cref="Find(string)"/> gives exactly what
/// <see cref="Anywhere"/> gives; the tests compare both over every phrase table and corpus text.
/// </remarks>
public sealed class LeadGatedRegex
{
    private const int Alnum = WordKeys.Alnum;
    private const int Prefix2 = Alnum;
    private const int Prefix3 = Prefix2 + Alnum * Alnum;
    private const int Word1 = Prefix3 + Alnum * Alnum * Alnum;
    private const int Word2 = Word1 + Alnum;
    private const int Size = Word2 + Alnum * Alnum;

    private readonly Regex[] _here;
    private readonly ulong[] _keys = new ulong[(Size + 63) / 64];
    private readonly bool _hosts;

    // What may follow a number's ASCII digits ("#_a-"), or null when the number leads are not given that way.
    private readonly bool[]? _afterNumber;

    // The ASCII characters no lead starts with: the search skips runs of them at vector speed.
    private readonly SearchValues<char> _cannotStart;

    /// <param name="anywhere">The pattern as written.</param>
    /// <param name="here">The same pattern behind <c>\G</c>, so that it matches only where the search starts.</param>
    /// <param name="leads">How every match can begin (see the remarks).</param>
    public LeadGatedRegex(Regex anywhere, Regex here, string leads)
        : this(anywhere, [here], leads)
    {
    }

    /// <param name="anywhere">The pattern as written: <c>\b(?:A|B|…)</c>, alternatives with nothing after them.</param>
    /// <param name="here">
    /// The pattern's alternatives split in order among several anchored patterns (<c>\G(?:\b(?:A|B))</c>,
    /// <c>\G(?:\b(?:C|…))</c>), for a pattern whose anchored copy is too large for the JIT to optimize. As nothing
    /// follows the alternation, the pattern's match at a position is its first alternative's that matches there, which
    /// is what trying the parts in order finds.
    /// </param>
    /// <param name="leads">How every match can begin (see the remarks).</param>
    public LeadGatedRegex(Regex anywhere, Regex[] here, string leads)
    {
        Anywhere = anywhere;
        _here = here;
        Leads = leads;
        var firsts = new HashSet<char>();
        foreach (var lead in leads.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lead == "host.")
            {
                _hosts = true;
                for (var c = '0'; c <= 'z'; c++)
                    if (WordKeys.AlnumIndex(c) >= 0) firsts.Add(c);
                firsts.Add('-');
                continue;
            }
            if (lead == "#")
            {
                for (var d = '0'; d <= '9'; d++) { Set(WordKeys.AlnumIndex(d)); firsts.Add(d); }
                continue;
            }
            if (lead[0] == '#')
            {
                _afterNumber = new bool[128];
                foreach (var c in lead[1..])
                {
                    if (c == '_') { foreach (var w in " \t\n\v\f\r") _afterNumber[w] = true; }
                    else if (c == 'a') { for (var l = 'a'; l <= 'z'; l++) _afterNumber[l] = _afterNumber[char.ToUpperInvariant(l)] = true; }
                    else if (c < 0x80 && !char.IsAsciiLetterOrDigit(c)) _afterNumber[c] = true;
                    else throw new ArgumentException($"Lead '{lead}' names a character that cannot follow a number's digits.", nameof(leads));
                }
                for (var d = '0'; d <= '9'; d++) firsts.Add(d);
                continue;
            }
            var whole = lead.EndsWith('.');
            var letters = whole ? lead[..^1] : lead;
            if (letters.Length is 0 or > 3 || (whole && letters.Length > 2) || letters.Any(c => WordKeys.AlnumIndex(c) < 0 || char.IsAsciiLetterUpper(c)))
                throw new ArgumentException($"Lead '{lead}' is not one to three lower-case ASCII letters or digits (or one or two followed by '.').", nameof(leads));
            firsts.Add(letters[0]);
            firsts.Add(char.ToUpperInvariant(letters[0]));
            var key = 0;
            foreach (var c in letters) key = key * Alnum + WordKeys.AlnumIndex(c);
            Set((whole, letters.Length) switch
            {
                (true, 1) => Word1 + key,
                (true, _) => Word2 + key,
                (false, 1) => key,
                (false, 2) => Prefix2 + key,
                _ => Prefix3 + key,
            });
        }
        var cannotStart = new List<char>();
        for (var c = '\0'; c < (char)0x80; c++)
            if (!firsts.Contains(c)) cannotStart.Add(c);
        _cannotStart = SearchValues.Create([.. cannotStart]);
    }

    /// <summary>The pattern as written, searched the ordinary way.</summary>
    public Regex Anywhere { get; }

    /// <summary>The leads as given to the constructor.</summary>
    public string Leads { get; }

    /// <summary>The leftmost match of the pattern in <paramref name="text"/>, as <see cref="Regex.Match(string)"/> gives it, or null.</summary>
    public TextMatch? Find(string text) => Find(text, 0, text.Length);

    /// <summary>
    /// The leftmost match of the pattern in the part of <paramref name="text"/> from <paramref name="start"/> to
    /// <paramref name="end"/>, read as if that part were the whole text (as <see cref="Regex.Match(string, int, int)"/>
    /// reads it: nothing outside it is seen), with its position in <paramref name="text"/>; or null. For searching
    /// one sentence without copying it out.
    /// </summary>
    public TextMatch? Find(string text, int start, int end)
    {
        var span = text.AsSpan(0, end);
        // Where the run of letters, digits and hyphens last read for a host lead ends, and whether a dot follows it:
        // every position inside that run gives the same answer, so a long run ("a-a-a-…") is read once, not once per
        // position (which made a 100,000-character field take seconds).
        var run = new HostRun(-1, false);
        var part = span[start..];
        for (var p = start; p < end; p++)
        {
            // Only a character a lead starts with or a non-ASCII character can begin a match.
            var skip = span[p..].IndexOfAnyExcept(_cannotStart);
            if (skip < 0) break;
            p += skip;
            var c = span[p];
            var prevIsWord = p > start && IsAsciiWordChar(span[p - 1]);
            if ((!prevIsWord && CanStartAt(span, p, ref run)) || (_hosts && c == '-' && p > start && RunEndsInDot(span, p, ref run)))
            {
                foreach (var here in _here)
                    foreach (var m in ThreadRegex.Local(here).EnumerateMatches(part, p - start))
                        return new TextMatch(start + m.Index, m.Length, text.Substring(start + m.Index, m.Length));
            }
            // No match starts later inside this run of ASCII letters and digits: go to its end.
            if (IsAsciiWordChar(c))
            {
                var rest = span[(p + 1)..].IndexOfAnyExcept(AsciiWordChars);
                if (rest < 0) break;
                p += rest;
            }
        }
        return null;
    }

    // Whether a match may begin at p, a position with no ASCII word character before it.
    private bool CanStartAt(ReadOnlySpan<char> text, int p, ref HostRun run)
    {
        var c0 = text[p];
        if (c0 >= 0x80) return true;
        var i0 = WordKeys.AlnumIndex(c0);
        if (i0 < 0) return false;
        if (_afterNumber is not null && char.IsAsciiDigit(c0) && NumberMayStart(text, p)) return true;
        if (Has(i0) || (_hosts && RunEndsInDot(text, p, ref run))) return true;
        var c1 = p + 1 < text.Length ? text[p + 1] : ' ';
        if (c1 >= 0x80) return true;
        var i1 = WordKeys.AlnumIndex(c1);
        if (i1 < 0) return Has(Word1 + i0);
        var i01 = i0 * Alnum + i1;
        if (Has(Prefix2 + i01)) return true;
        var c2 = p + 2 < text.Length ? text[p + 2] : ' ';
        if (c2 >= 0x80) return true;
        var i2 = WordKeys.AlnumIndex(c2);
        return i2 < 0 ? Has(Word2 + i01) : Has(Prefix3 + i01 * Alnum + i2);
    }

    // Whether the ASCII digits from p on are followed by a character a number may be followed by, or by a non-ASCII
    // character (which \d or \s might take).
    private bool NumberMayStart(ReadOnlySpan<char> text, int p)
    {
        var q = p + 1;
        while (q < text.Length && char.IsAsciiDigit(text[q])) q++;
        return q < text.Length && (text[q] >= 0x80 || _afterNumber![text[q]]);
    }

    // Whether the letters, digits and hyphens from p on are followed by a dot, or by a non-ASCII character that
    // case-insensitive matching might equate with a letter. p is a letter, digit or hyphen, and the positions asked
    // about only grow: one inside the run read last has that run's answer.
    private static bool RunEndsInDot(ReadOnlySpan<char> text, int p, ref HostRun run)
    {
        if (p < run.End) return run.EndsInDot;
        var q = p;
        while (q < text.Length && (char.IsAsciiLetterOrDigit(text[q]) || text[q] == '-')) q++;
        run = new HostRun(q, q < text.Length && (text[q] == '.' || text[q] >= 0x80));
        return run.EndsInDot;
    }

    /// <summary>The end of the last run of letters, digits and hyphens read, and whether a dot (or non-ASCII) follows it.</summary>
    private readonly record struct HostRun(int End, bool EndsInDot);

    private void Set(int bit) => _keys[bit >> 6] |= 1UL << (bit & 63);

    private bool Has(int bit) => (_keys[bit >> 6] & (1UL << (bit & 63))) != 0;

    private static readonly SearchValues<char> AsciiWordChars = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

    private static bool IsAsciiWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}

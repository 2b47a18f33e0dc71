using Preflight.Core.Model;

namespace Preflight.Core.Text;

/// <summary>
/// Finds a brand's name in text the way a reviewer reads it: ignoring case, accents, punctuation, legal suffixes
/// (Inc, LLC, L.L.C., Co.), a leading "The", possessives ("Joe's", "Joes", "Joe’s"), "&amp;" written as "and", and
/// spacing ("ClearPath" for "Clear Path"); matching the display name, the legal name (both sides of a "dba"), or a
/// sole proprietor's own name. A shorter name ("Bright Dental" for "Bright Smile Dental") or the name inside another
/// word does not count; a name run together inside a web address or handle ("brightsmiledental.com") does for
/// <see cref="Find"/>, but not for <see cref="FindInWords"/>, which is what a reader sees as naming the brand. A brand
/// whose name is itself a domain ("StayFinder.com") is named by that domain written alone.
/// </summary>
public sealed class BrandNameMatcher
{
    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "llc", "llp", "lllp", "lp", "ltd", "limited", "co", "corp", "corporation", "company",
        "pllc", "pc", "pa", "plc", "gmbh", "sa", "ag", "na", "lc", "ltda", "srl", "bv", "pty", "dba",
    };

    // Two-token legal suffixes as they tokenise when written with spaces ("L L C", "P C").
    private static readonly HashSet<string> LegalSuffixPairs = new(StringComparer.Ordinal) { "l l c", "p c", "p a", "l p", "n a" };

    private readonly List<string[]> _names = [];
    private readonly List<string> _compact = [];
    private readonly List<string> _domainNames = [];
    private string[]? _joined;

    public BrandNameMatcher(Brand brand)
    {
        Add(brand.DisplayName);
        Add(brand.CompanyName);
        if (!string.IsNullOrWhiteSpace(brand.FirstName) && !string.IsNullOrWhiteSpace(brand.LastName))
            Add($"{brand.FirstName} {brand.LastName}");
    }

    public BrandNameMatcher(params string?[] names)
    {
        foreach (var n in names) Add(n);
    }

    /// <summary>The normalised names this matcher looks for (spelled out for messages, so only when asked).</summary>
    public IReadOnlyList<string> Names => _joined ??= _names.Select(n => string.Join(' ', n)).Distinct(StringComparer.Ordinal).ToArray();

    public bool HasNames => _names.Count > 0;

    /// <summary>The first mention of any of the brand's names in the text, in the text's own spelling.</summary>
    public TextMatch? Find(string? text)
    {
        if (string.IsNullOrEmpty(text) || _names.Count == 0) return null;
        var t = Tokens.Of(text);
        try
        {
            (int Start, int End)? best = null;
            for (var n = 0; n < _names.Count; n++)
            {
                var name = _names[n];
                var compact = _compact[n];
                for (var i = 0; i < t.Count; i++)
                {
                    if (best is not null && t.SpanStart[i] > best.Value.Start) break;
                    var end = MatchAt(t, i, name, compact);
                    var token = t.Token(i);
                    if (end < 0 && compact.Length >= 6 && token.Length > compact.Length && t.Joined[i]
                        && token.IndexOf(compact, StringComparison.Ordinal) >= 0)
                        end = i; // "brightsmiledental.com", "@brightsmiledental", "#BrightSmileDental"
                    if (end < 0) continue;
                    // The earliest mention wins; at the same place, the longest name ("Acme Dental Group" over "Acme Dental").
                    if (best is null || t.SpanStart[i] < best.Value.Start || t.SpanEnd[end] > best.Value.End)
                        best = (t.SpanStart[i], t.SpanEnd[end]);
                    break;
                }
            }
            return best is { } b ? new TextMatch(b.Start, b.End - b.Start, text[b.Start..b.End]) : null;
        }
        finally
        {
            t.Return();
        }
    }

    public bool IsMentionedIn(string? text) => Find(text) is not null;

    /// <summary>
    /// Whether a web address in a text is the brand's name written as a domain: the brand is called "StayFinder.com"
    /// (or "Shoes.com Outlet") and the address is that host alone, with no scheme, "www." or path. Such an address names
    /// the brand; "www.stayfinder.com" or "stayfinder.com/help" is a link.
    /// </summary>
    public bool IsNameAddress(UrlMatch url) =>
        _domainNames.Count > 0 && !url.HasScheme && url.PathAndQuery.Length == 0 && _domainNames.Contains(url.Host);

    /// <summary>
    /// The first mention of the brand in words: a name found only run together inside a web or e-mail address
    /// ("Manage visits at brightsmiledental.com", "office@brightsmiledental.com") does not count, since it does not tell
    /// a reader who is writing, unless the address is the brand's own name (<see cref="IsNameAddress"/>).
    /// <paramref name="urls"/> and <paramref name="emails"/> are the text's addresses; <paramref name="first"/> is
    /// <see cref="Find"/> of the text when already known.
    /// </summary>
    public TextMatch? FindInWords(string? text, IReadOnlyList<UrlMatch> urls, IReadOnlyList<TextMatch> emails, TextMatch? first = null)
    {
        if (string.IsNullOrEmpty(text)) return null;
        first ??= Find(text);
        if (first is null || urls.Count == 0 && emails.Count == 0) return first;
        var hidden = false;
        foreach (var u in urls)
            if (Overlaps(u.Start, u.Length) && !IsNameAddress(u)) hidden = true;
        foreach (var e in emails)
            if (Overlaps(e.Start, e.Length)) hidden = true;
        if (!hidden) return first;
        var masked = text.ToCharArray();
        foreach (var u in urls)
            if (!IsNameAddress(u)) Array.Fill(masked, ' ', u.Start, u.Length);
        foreach (var e in emails) Array.Fill(masked, ' ', e.Start, e.Length);
        var other = Find(new string(masked));
        return other is null ? null : new TextMatch(other.Start, other.Length, text.Substring(other.Start, other.Length));

        bool Overlaps(int start, int length) => first.Start < start + length && start < first.End;
    }

    /// <summary>The index of the last text token of a match of <paramref name="name"/> starting at token <paramref name="at"/>, or -1.</summary>
    private static int MatchAt(Tokens tokens, int at, string[] name, string compact)
    {
        if (at + name.Length <= tokens.Count)
        {
            var ok = true;
            for (var j = 0; j < name.Length && ok; j++) ok = SameWord(tokens.Token(at + j), name[j]);
            if (ok) return at + name.Length - 1;
        }
        // Spacing differs: "Clear Path Labs" for "ClearPath Labs", "AcmeDental" for "Acme Dental".
        var first = tokens.Token(at);
        if (compact.Length < 5 || !compact.AsSpan().StartsWith(first, StringComparison.Ordinal) && !first.StartsWith(compact, StringComparison.Ordinal))
            return -1;
        var length = 0;
        for (var k = at; k < tokens.Count; k++)
        {
            var tok = tokens.Token(k);
            if (length + tok.Length > compact.Length + 1) return -1;
            var common = Math.Min(tok.Length, compact.Length - length);
            if (!compact.AsSpan(length, common).SequenceEqual(tok[..common])) return -1;
            length += tok.Length;
            if (length == compact.Length) return k;
            if (length == compact.Length + 1 && tok[^1] == 's') return k; // "ClearPathLabs" written "Clear Path Labss"? only a plural s
            if (length > compact.Length) return -1;
        }
        return -1;
    }

    // "Acmes" or "Acme's" for "Acme"; "Harper's" for "Harpers".
    private static bool SameWord(ReadOnlySpan<char> token, string word) =>
        token.SequenceEqual(word)
        || (token.Length == word.Length + 1 && token[^1] == 's' && token.StartsWith(word, StringComparison.Ordinal))
        || (word.Length == token.Length + 1 && word[^1] == 's' && word.AsSpan().StartsWith(token, StringComparison.Ordinal) && token.Length >= 3);

    private void Add(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return;
        // "StayFinder.com", "Shoes.com Outlet": a name that is, or holds, a bare domain.
        foreach (var u in Urls.Find(raw))
            if (!u.HasScheme && u.PathAndQuery.Length == 0 && !_domainNames.Contains(u.Host)) _domainNames.Add(u.Host);
        var all = Tokenize(raw).Tokens;
        // "Acme Holdings LLC dba Acme Pizza": both names are the brand's.
        foreach (var part in SplitDba(all)) AddTokens(part);
    }

    private void AddTokens(List<string> tokens)
    {
        // Drop legal suffixes from the end ("Acme Dental Group, LLC" -> "acme dental group") and a leading "the".
        while (tokens.Count > 1)
        {
            if (LegalSuffixes.Contains(tokens[^1])) tokens.RemoveAt(tokens.Count - 1);
            else if (tokens.Count > 2 && LegalSuffixPairs.Contains(tokens[^2] + " " + tokens[^1])) tokens.RemoveRange(tokens.Count - 2, 2);
            else if (tokens.Count > 3 && tokens[^3] + " " + tokens[^2] + " " + tokens[^1] == "l l c") tokens.RemoveRange(tokens.Count - 3, 3);
            else break;
        }
        if (tokens.Count > 1 && tokens[0] == "the") tokens.RemoveAt(0);
        if (tokens.Count == 0) return;
        var arr = tokens.ToArray();
        if (_names.Any(n => n.SequenceEqual(arr))) return;
        _names.Add(arr);
        _compact.Add(string.Concat(arr));
    }

    private static IEnumerable<List<string>> SplitDba(List<string> tokens)
    {
        var current = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var skip = tokens[i] == "dba" ? 1
                : i + 2 < tokens.Count && tokens[i] == "d" && tokens[i + 1] == "b" && tokens[i + 2] == "a" ? 3
                : i + 2 < tokens.Count && tokens[i] == "doing" && tokens[i + 1] == "business" && tokens[i + 2] == "as" ? 3
                : 0;
            if (skip > 0 && current.Count > 0)
            {
                yield return current;
                current = [];
                i += skip - 1;
                continue;
            }
            current.Add(tokens[i]);
        }
        if (current.Count > 0) yield return current;
    }

    /// <summary>The tokens of a text: lower-cased, accent-free words with their spans in the original text.</summary>
    internal readonly record struct TokenList(List<string> Tokens, List<(int Start, int End)> Spans, List<bool> Joined)
    {
        public void Deconstruct(out List<string> tokens, out List<(int Start, int End)> spans)
        {
            tokens = Tokens;
            spans = Spans;
        }
    }

    /// <summary>
    /// Lower-cased, accent-free word tokens with their spans in the original text; "&amp;" becomes "and", possessive 's
    /// is dropped, initialisms ("L.L.C.") are closed up. <c>Joined</c> marks tokens that are part of a web address or
    /// handle (followed by ".letter", or after "@", "#" or "/").
    /// </summary>
    internal static TokenList Tokenize(string text)
    {
        var t = Tokens.Of(text);
        try
        {
            var tokens = new List<string>(t.Count);
            var spans = new List<(int, int)>(t.Count);
            var joined = new List<bool>(t.Count);
            for (var i = 0; i < t.Count; i++)
            {
                tokens.Add(t.Token(i).ToString());
                spans.Add((t.SpanStart[i], t.SpanEnd[i]));
                joined.Add(t.Joined[i]);
            }
            return new TokenList(tokens, spans, joined);
        }
        finally
        {
            t.Return();
        }
    }

    /// <summary>
    /// The tokens of a text (see <see cref="Tokenize"/>) in pooled buffers: the folded characters of every token one
    /// after another, and each token's place in them and in the text. Return the buffers when done.
    /// </summary>
    private sealed class Tokens
    {
        private char[] _chars = [];
        private int[] _from = [];
        public int[] SpanStart { get; private set; } = [];
        public int[] SpanEnd { get; private set; } = [];
        public bool[] Joined { get; private set; } = [];
        public int Count { get; private set; }

        public ReadOnlySpan<char> Token(int i) => _chars.AsSpan(_from[i], _from[i + 1] - _from[i]);

        public static Tokens Of(string text)
        {
            var t = new Tokens
            {
                // A character folds to at most two ("ß" to "ss"); "&" becomes three ("and").
                _chars = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length * 3 + 3),
                _from = System.Buffers.ArrayPool<int>.Shared.Rent(text.Length + 2),
                SpanStart = System.Buffers.ArrayPool<int>.Shared.Rent(text.Length + 1),
                SpanEnd = System.Buffers.ArrayPool<int>.Shared.Rent(text.Length + 1),
                Joined = System.Buffers.ArrayPool<bool>.Shared.Rent(text.Length + 1),
            };
            t.Read(text);
            return t;
        }

        public void Return()
        {
            System.Buffers.ArrayPool<char>.Shared.Return(_chars);
            System.Buffers.ArrayPool<int>.Shared.Return(_from);
            System.Buffers.ArrayPool<int>.Shared.Return(SpanStart);
            System.Buffers.ArrayPool<int>.Shared.Return(SpanEnd);
            System.Buffers.ArrayPool<bool>.Shared.Return(Joined);
        }

        private void Read(string text)
        {
            var used = 0;      // characters written to _chars
            var tokenAt = 0;   // where the current token's characters start
            var start = -1;
            var initialism = false; // the current token so far is single letters separated by dots: "L.L"
            _from[0] = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                var c = i < text.Length ? text[i] : ' ';
                if (char.IsAsciiLetterOrDigit(c))
                {
                    // The common case, ahead of the checks below that never apply to it: an ASCII letter or digit.
                    if (start < 0) { start = i; initialism = char.IsAsciiLetter(c); }
                    else if (initialism && text[i - 1] != '.') initialism = false;
                    _chars[used++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                    continue;
                }
                if (c is '\'' or '’' or '`' or 'ʼ' && used > tokenAt && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    // Possessive or contraction: "Joe's" -> "joe", "O'Brien" -> "obrien".
                    if ((text[i + 1] is 's' or 'S') && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
                    {
                        Flush(i + 2);
                        i++;
                    }
                    continue;
                }
                if (c == '&')
                {
                    Flush(i);
                    "and".CopyTo(_chars.AsSpan(used));
                    used += 3;
                    Add(i, i + 1, false);
                    continue;
                }
                if (char.IsLetterOrDigit(c))
                {
                    if (start < 0) { start = i; initialism = char.IsLetter(c); }
                    else if (initialism && i > 0 && text[i - 1] != '.') initialism = false;
                    if (Fold.Expansion(c) is { } e)
                    {
                        e.CopyTo(_chars.AsSpan(used));
                        used += e.Length;
                    }
                    else _chars[used++] = Fold.Letter(c);
                    continue;
                }
                if (c == '.' && initialism && i > 0 && char.IsLetter(text[i - 1])
                    && i + 1 < text.Length && char.IsLetter(text[i + 1])
                    && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
                {
                    continue; // initialisms: "L.L.C." -> "llc", "U.S.A." -> "usa"
                }
                Flush(i);
            }

            void Flush(int end)
            {
                if (used == tokenAt) { start = -1; return; }
                var before = start > 0 ? text[start - 1] : ' ';
                var after = end < text.Length - 1 && text[end] == '.' && char.IsLetter(text[end + 1]);
                Add(start, end, after || before is '@' or '#' or '/' or '.');
                start = -1;
                initialism = false;
            }

            void Add(int spanStart, int spanEnd, bool joined)
            {
                SpanStart[Count] = spanStart;
                SpanEnd[Count] = spanEnd;
                Joined[Count] = joined;
                Count++;
                _from[Count] = used;
                tokenAt = used;
            }
        }
    }
}

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
    private readonly List<string> _required = [];
    private readonly List<string> _domainNames = [];
    private readonly string _leads;
    private string[]? _joined;

    public BrandNameMatcher(Brand brand)
    {
        Add(brand.DisplayName);
        Add(brand.CompanyName);
        if (!string.IsNullOrWhiteSpace(brand.FirstName) && !string.IsNullOrWhiteSpace(brand.LastName))
            Add($"{brand.FirstName} {brand.LastName}");
        _leads = Leads();
    }

    public BrandNameMatcher(params string?[] names)
    {
        foreach (var n in names) Add(n);
        _leads = Leads();
    }

    /// <summary>The normalised names this matcher looks for (spelled out for messages, so only when asked).</summary>
    public IReadOnlyList<string> Names => _joined ??= _names.Select(n => string.Join(' ', n)).Distinct(StringComparer.Ordinal).ToArray();

    public bool HasNames => _names.Count > 0;

    /// <summary>The first mention of any of the brand's names in the text, in the text's own spelling.</summary>
    /// <remarks>
    /// Three shortcuts, held to <see cref="FindReadingEverything"/> over the test corpus. An ASCII text lacking a letter
    /// that every spelling of each name needs is not read (see <see cref="MayName"/>). Words are read only as far as
    /// the first mention, which samples and replies ("Acme Dental: …") have near their start. And in an ASCII text,
    /// reading resumes only at the last space before the next letter a name can begin with, passing over the words
    /// between (see <see cref="Tokens.SkipToLead"/>).
    /// </remarks>
    public TextMatch? Find(string? text)
    {
        if (string.IsNullOrEmpty(text) || _names.Count == 0) return null;
        var ascii = System.Text.Ascii.IsValid(text);
        if (ascii && !MayName(text)) return null;
        var t = new Tokens(text);
        try
        {
            if (ascii) t.SkipToLead(_leads);
            // Token by token, every name at each: the first token where any name starts is the earliest mention, and
            // among the names starting there the one reaching furthest is the longest. Token starts strictly increase.
            for (var i = 0; t.Has(i); i++)
            {
                var token = t.Token(i);
                var end = -1;
                for (var n = 0; n < _names.Count; n++)
                {
                    var compact = _compact[n];
                    // Every match but one inside a run-together address begins with the name's first letter.
                    var inside = compact.Length >= 6 && token.Length > compact.Length && t.Joined(i);
                    if (token[0] != compact[0] && !inside) continue;
                    var e = MatchAt(ref t, i, _names[n], compact);
                    if (e < 0 && inside && token.IndexOf(compact, StringComparison.Ordinal) >= 0) e = i;
                    if (e > end) end = e;
                }
                if (end >= 0) return Match(text, t.SpanStart(i), t.SpanEnd(end));
                // With nothing read past this token, pass over the words before the next place a name can start.
                if (ascii && t.Count == i + 1) t.SkipToLead(_leads);
            }
            return null;
        }
        finally
        {
            t.Return();
        }
    }

    /// <summary>
    /// <see cref="Find"/> without its shortcuts: every word of the text read, then each name looked for from the start;
    /// for the test that holds <see cref="Find"/> to it.
    /// </summary>
    internal TextMatch? FindReadingEverything(string? text)
    {
        if (string.IsNullOrEmpty(text) || _names.Count == 0) return null;
        var t = new Tokens(text);
        try
        {
            t.Has(int.MaxValue - 1);
            (int Start, int End)? best = null;
            for (var n = 0; n < _names.Count; n++)
            {
                var name = _names[n];
                var compact = _compact[n];
                for (var i = 0; i < t.Count; i++)
                {
                    if (best is not null && t.SpanStart(i) > best.Value.Start) break;
                    var end = MatchAt(ref t, i, name, compact);
                    var token = t.Token(i);
                    if (end < 0 && compact.Length >= 6 && token.Length > compact.Length && t.Joined(i)
                        && token.IndexOf(compact, StringComparison.Ordinal) >= 0)
                        end = i;
                    if (end < 0) continue;
                    if (best is null || t.SpanStart(i) < best.Value.Start || t.SpanEnd(end) > best.Value.End)
                        best = (t.SpanStart(i), t.SpanEnd(end));
                    break;
                }
            }
            return best is { } b ? Match(text, b.Start, b.End) : null;
        }
        finally
        {
            t.Return();
        }
    }

    private static TextMatch Match(string text, int start, int end) => new(start, end - start, text[start..end]);

    /// <summary>
    /// Whether an ASCII text may name the brand, by the letters each name needs: every spelling of a name that
    /// <see cref="MatchAt"/> accepts holds each of its words' letters (a trailing "s" aside), and the words of an ASCII
    /// text hold only its own letters and digits, lower-cased, and the "and" an "&amp;" stands for. So an ASCII text
    /// lacking, in either case, one of a name's rarer required letters cannot name it; a name needing a letter outside
    /// a-z and 0-9 cannot be named in ASCII at all. Texts with other characters (which fold to ASCII letters, the
    /// Kelvin sign among them) are not asked.
    /// </summary>
    private bool MayName(string text)
    {
        var span = text.AsSpan();
        for (var n = 0; n < _required.Count; n++)
        {
            var required = _required[n];
            var present = true;
            foreach (var c in required)
            {
                // Letters other than a-z and 0-9 never come out of ASCII text (see RequiredLetters).
                if (c > 'z') { present = false; break; }
                if ((char.IsAsciiLetterLower(c) ? span.IndexOfAny(c, (char)(c - 32)) : span.IndexOf(c)) >= 0) continue;
                present = false;
                break;
            }
            if (present) return true;
        }
        return false;
    }

    // Letters from rarest to commonest in English, digits among the rarer (SMS texts carry times, prices and numbers);
    // a, n and d are left out, since "&" supplies them.
    private const string Rarity = "zqxjkv987654bpygfw3201mucl";
    private const string Common = "rhsiote";

    /// <summary>
    /// Up to three letters or digits that any mention of a name must hold (see <see cref="MayName"/>), rarest first; a
    /// character outside a-z and 0-9 stands alone, as '~' (it cannot appear in an ASCII text's words).
    /// </summary>
    private static string RequiredLetters(string[] name)
    {
        var needed = 0UL; // bit c - '0' for each needed letter or digit ('0'..'z' spans 75 code points: two words)
        var neededHigh = 0UL;
        foreach (var word in name)
        {
            // SameWord accepts "acme" for "acmes", so a word's trailing "s" is not needed.
            var stem = word.Length > 1 && word[^1] == 's' ? word.AsSpan(0, word.Length - 1) : word;
            foreach (var c in stem)
            {
                if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c)) return "~";
                if (c - '0' < 64) needed |= 1UL << (c - '0');
                else neededHigh |= 1UL << (c - '0' - 64);
            }
        }
        Span<char> chosen = stackalloc char[3];
        var count = 0;
        foreach (var c in Rarity + Common)
        {
            var bit = c - '0' < 64 ? needed & (1UL << (c - '0')) : neededHigh & (1UL << (c - '0' - 64));
            if (bit == 0) continue;
            chosen[count++] = c;
            if (count == 3) break;
        }
        return new string(chosen[..count]);
    }

    /// <summary>
    /// The characters a mention of any name can begin with in an ASCII text: each name's first letter in either case,
    /// and "&amp;" (read as "and") for a name beginning with "a". A name beginning outside a-z and 0-9 is never
    /// mentioned in ASCII text.
    /// </summary>
    private string Leads()
    {
        var leads = new System.Text.StringBuilder(4);
        foreach (var compact in _compact)
        {
            var c = compact[0];
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c)) continue;
            Append(c);
            if (char.IsAsciiLetterLower(c)) Append((char)(c - 32));
            if (c == 'a') Append('&');
        }
        return leads.ToString();

        void Append(char c)
        {
            for (var i = 0; i < leads.Length; i++)
                if (leads[i] == c) return;
            leads.Append(c);
        }
    }

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
    private static int MatchAt(ref Tokens tokens, int at, string[] name, string compact)
    {
        if (tokens.Has(at + name.Length - 1))
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
        for (var k = at; tokens.Has(k); k++)
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
        var all = Words(raw);
        // "Acme Holdings LLC dba Acme Pizza": both names are the brand's.
        var from = 0;
        for (var i = 0; i < all.Count; i++)
        {
            var skip = all[i] == "dba" ? 1
                : i + 2 < all.Count && all[i] == "d" && all[i + 1] == "b" && all[i + 2] == "a" ? 3
                : i + 2 < all.Count && all[i] == "doing" && all[i + 1] == "business" && all[i + 2] == "as" ? 3
                : 0;
            if (skip == 0 || i == from) continue;
            AddTokens(all.GetRange(from, i - from));
            from = i + skip;
            i += skip - 1;
        }
        if (from < all.Count) AddTokens(from == 0 ? all : all.GetRange(from, all.Count - from));
    }

    private void AddTokens(List<string> tokens)
    {
        // Drop legal suffixes from the end ("Acme Dental Group, LLC" -> "acme dental group") and a leading "the".
        while (tokens.Count > 1)
        {
            if (LegalSuffixes.Contains(tokens[^1])) tokens.RemoveAt(tokens.Count - 1);
            else if (tokens.Count > 2 && tokens[^2].Length == 1 && tokens[^1].Length == 1 && LegalSuffixPairs.Contains(tokens[^2] + " " + tokens[^1])) tokens.RemoveRange(tokens.Count - 2, 2);
            else if (tokens.Count > 3 && tokens[^3] == "l" && tokens[^2] == "l" && tokens[^1] == "c") tokens.RemoveRange(tokens.Count - 3, 3);
            else break;
        }
        if (tokens.Count > 1 && tokens[0] == "the") tokens.RemoveAt(0);
        if (tokens.Count == 0) return;
        foreach (var known in _names)
            if (known.AsSpan().SequenceEqual(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens))) return;
        var arr = tokens.ToArray();
        _names.Add(arr);
        _compact.Add(string.Concat(arr));
        _required.Add(RequiredLetters(arr));
    }

    /// <summary>The words of a text as <see cref="Tokenize"/> reads them, without their places.</summary>
    private static List<string> Words(string text)
    {
        var t = new Tokens(text);
        try
        {
            var words = new List<string>(8);
            for (var i = 0; t.Has(i); i++) words.Add(t.Token(i).ToString());
            return words;
        }
        finally
        {
            t.Return();
        }
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
        var t = new Tokens(text);
        try
        {
            var tokens = new List<string>();
            var spans = new List<(int, int)>();
            var joined = new List<bool>();
            for (var i = 0; t.Has(i); i++)
            {
                tokens.Add(t.Token(i).ToString());
                spans.Add((t.SpanStart(i), t.SpanEnd(i)));
                joined.Add(t.Joined(i));
            }
            return new TokenList(tokens, spans, joined);
        }
        finally
        {
            t.Return();
        }
    }

    /// <summary>
    /// The tokens of a text (see <see cref="Tokenize"/>), read as far as asked (<see cref="Has"/>), in two pooled
    /// buffers: the folded characters of every token one after another, and for each token its place in them and its
    /// span in the text. A mutable struct, passed by reference; return the buffers when done.
    /// </summary>
    private struct Tokens
    {
        private readonly string _text;
        private readonly char[] _chars;
        // Three runs: where each token's characters start in _chars (one more than tokens), then each token's start in
        // the text, then its end, with the top bit set for a token joined into an address or handle.
        private readonly int[] _ints;
        private readonly int _starts, _ends;
        // Where reading stopped: the next character, the characters written, where the current token began in the
        // text (-1 between tokens), and whether it is so far single letters separated by dots ("L.L").
        private int _next, _used, _start;
        private bool _initialism;

        public Tokens(string text)
        {
            _text = text;
            // A character folds to at most two ("ß" to "ss"); "&" becomes three ("and").
            _chars = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length * 3 + 3);
            _ints = System.Buffers.ArrayPool<int>.Shared.Rent(3 * text.Length + 4);
            _starts = text.Length + 2;
            _ends = _starts + text.Length + 1;
            _ints[0] = 0;
            _start = -1;
        }

        public int Count { get; private set; }

        public readonly ReadOnlySpan<char> Token(int i) => _chars.AsSpan(_ints[i], _ints[i + 1] - _ints[i]);
        public readonly int SpanStart(int i) => _ints[_starts + i];
        public readonly int SpanEnd(int i) => _ints[_ends + i] & int.MaxValue;
        public readonly bool Joined(int i) => _ints[_ends + i] < 0;

        public readonly void Return()
        {
            System.Buffers.ArrayPool<char>.Shared.Return(_chars);
            System.Buffers.ArrayPool<int>.Shared.Return(_ints);
        }

        /// <summary>
        /// Moves reading on past the words before the next of <paramref name="leads"/>, to just after the last space
        /// before it; to the end when there is none. Only between tokens (as the reader always is after
        /// <see cref="Has"/>): after a space the reader starts afresh whatever came before (nothing is pending, and a
        /// token never holds a space), so the tokens from there on are those a full reading gives, and the ones
        /// passed over, lying wholly before the lead, hold none of it.
        /// </summary>
        public void SkipToLead(string leads)
        {
            if (_next >= _text.Length) return;
            var rest = _text.AsSpan(_next);
            var lead = rest.IndexOfAny(leads);
            if (lead < 0)
            {
                _next = _text.Length + 1;
                return;
            }
            var space = rest[..lead].LastIndexOf(' ');
            if (space >= 0) _next += space + 1;
        }

        /// <summary>Whether the text has a token <paramref name="i"/>, reading on to it if need be.</summary>
        public bool Has(int i)
        {
            while (Count <= i)
            {
                if (_next > _text.Length) return false;
                ReadOn();
            }
            return true;
        }

        /// <summary>Reads on until at least one more token is complete, or to the end of the text.</summary>
        // One loop with the ending of a token written once in it (no local functions, which would keep the counters
        // in memory rather than in registers).
        private void ReadOn()
        {
            var text = _text;
            var chars = _chars;
            var ints = _ints;
            var count = Count;
            var target = count;
            var used = _used;
            var start = _start;
            var initialism = _initialism;
            var i = _next;
            for (; i <= text.Length && count == target; i++)
            {
                var c = i < text.Length ? text[i] : ' ';
                if (char.IsAsciiLetterOrDigit(c))
                {
                    // The common case, ahead of the checks below that never apply to it: an ASCII letter or digit.
                    if (start < 0) { start = i; initialism = char.IsAsciiLetter(c); }
                    else if (initialism && text[i - 1] != '.') initialism = false;
                    chars[used++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                    // The rest of the run: a letter or digit right after another is no initialism.
                    while (i + 1 < text.Length && char.IsAsciiLetterOrDigit(c = text[i + 1]))
                    {
                        i++;
                        initialism = false;
                        chars[used++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                    }
                    continue;
                }
                int end; // where the token being read ends, when c ends it
                var and = false;
                if (c is '\'' or '’' or '`' or 'ʼ' && used > ints[count] && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    // Possessive or contraction: "Joe's" -> "joe", "O'Brien" -> "obrien".
                    if (!(text[i + 1] is 's' or 'S') || i + 2 < text.Length && char.IsLetterOrDigit(text[i + 2])) continue;
                    end = i + 2;
                    i++;
                }
                else if (c == '&')
                {
                    end = i;
                    and = true;
                }
                else if (char.IsLetterOrDigit(c))
                {
                    if (start < 0) { start = i; initialism = char.IsLetter(c); }
                    else if (initialism && i > 0 && text[i - 1] != '.') initialism = false;
                    if (Fold.Expansion(c) is { } e)
                    {
                        e.CopyTo(chars.AsSpan(used));
                        used += e.Length;
                    }
                    else chars[used++] = Fold.Letter(c);
                    continue;
                }
                else if (c == '.' && initialism && i > 0 && char.IsLetter(text[i - 1])
                    && i + 1 < text.Length && char.IsLetter(text[i + 1])
                    && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
                {
                    continue; // initialisms: "L.L.C." -> "llc", "U.S.A." -> "usa"
                }
                else end = i;

                if (used > ints[count])
                {
                    var before = start > 0 ? text[start - 1] : ' ';
                    var joined = end < text.Length - 1 && text[end] == '.' && char.IsLetter(text[end + 1]) || before is '@' or '#' or '/' or '.';
                    ints[_starts + count] = start;
                    ints[_ends + count] = joined ? end | int.MinValue : end;
                    count++;
                    ints[count] = used;
                    initialism = false;
                }
                start = -1;
                if (and)
                {
                    "and".CopyTo(chars.AsSpan(used));
                    used += 3;
                    ints[_starts + count] = i;
                    ints[_ends + count] = i + 1;
                    count++;
                    ints[count] = used;
                }
            }
            _next = i;
            _used = used;
            _start = start;
            _initialism = initialism;
            Count = count;
        }
    }
}

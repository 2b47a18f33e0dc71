using System.Text;
using System.Text.RegularExpressions;

namespace Preflight.Core.Text;

/// <summary>The kinds of content carriers restrict or that change what a campaign must declare.</summary>
public enum ContentCategory
{
    Marketing,
    DirectLending,
    AffiliateLeadGen,
    HighRiskFinancial,
    Sexual,
    Hate,
    Alcohol,
    Firearms,
    Tobacco,
    Cannabis,
    Gambling,
    CourtOrder,
    Donation,
}

/// <summary>One mention of a content category: the words, and whether the phrase is telling on its own.</summary>
/// <param name="IsStrong">
/// True for phrases that name the category unambiguously ("CBD oil", "payday loans"); false for words that are
/// ambiguous alone ("weed", "loan", "nude") and only count together with another mention.
/// </param>
public sealed record ContentHit(TextMatch Match, bool IsStrong)
{
    public string Value => Match.Value;
}

/// <summary>
/// Finds content of each <see cref="ContentCategory"/> with the word lists in <c>data/content-*.txt</c>.
/// List format, one phrase a line:
/// <list type="bullet">
/// <item><c>*</c> at a word's end matches any ending (<c>refinanc*</c>); <c>{n}</c> stands for a number (<c>{n}% off</c>, <c>${n} off</c>).</item>
/// <item>Words separated by spaces match across spaces or hyphens; a hyphen inside a word matches a hyphen, a space or nothing (<c>pre-roll</c>, <c>pre roll</c>, <c>preroll</c>).</item>
/// <item>A line starting with <c>~</c> is a weak phrase: ambiguous alone, it counts only with another mention.</item>
/// <item>A line starting with <c>!</c> is an exception: a match lying inside an exception phrase does not count ("weed control" is not cannabis).</item>
/// </list>
/// Mentions negated within their clause ("we do not sell your data", "not used for affiliate marketing") do not count.
/// </summary>
public sealed class ContentClassifier
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(2000);

    /// <summary>How many categories there are (the enum's values run from 0 without gaps).</summary>
    internal static readonly int CategoryCount = Enum.GetValues<ContentCategory>().Length;

    private readonly Patterns?[] _patterns = new Patterns?[CategoryCount];

    // Where each category's phrases can start, for all categories at once (see StartTable).
    private readonly StartTable _starts = new();

    // The word keys of the phrase starts of each category the start table cannot filter, with a bit per category: one
    // pass over a text's keys then tells which of them PhraseStarts.CanStartIn would let through.
    private readonly Dictionary<ulong, int> _keyCategories = [];

    internal ContentClassifier(ReferenceData data)
    {
        foreach (var category in Enum.GetValues<ContentCategory>())
        {
            var name = "content-" + FileName(category);
            IReadOnlyList<string> lines;
            try { lines = data.List(name); }
            catch (KeyNotFoundException) { continue; }
            var include = lines.Where(l => !l.StartsWith('!')).ToArray();
            var exclude = lines.Where(l => l.StartsWith('!')).Select(l => l[1..].Trim()).Where(l => l.Length > 0).ToArray();
            if (include.Length == 0) continue;
            var p = BuildWithStrength(include, exclude.Length == 0 ? null : Build(exclude));
            _patterns[(int)category] = p;
            _starts.Add(category, include.Select(l => l.TrimStart('~').Trim()).Where(l => l.Length > 0));
            // Only a category the start table cannot filter is looked up by word keys (see FindHits).
            if (!_starts.IsFiltered(category))
                foreach (var key in p.Start.Keys) _keyCategories[key] = _keyCategories.GetValueOrDefault(key) | (1 << (int)category);
            WarmUp(p.Match);
            WarmUp(p.At);
            if (p.Strong is not null) WarmUp(p.Strong);
            if (p.Except is not null) WarmUp(p.Except);
        }
    }

    /// <summary>The list file for a category: <c>content-direct-lending.txt</c> for <see cref="ContentCategory.DirectLending"/>.</summary>
    public static string FileName(ContentCategory category)
    {
        var s = category.ToString();
        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (i > 0 && char.IsUpper(s[i]) && !char.IsUpper(s[i - 1])) sb.Append('-');
            sb.Append(char.ToLowerInvariant(s[i]));
        }
        return sb.ToString();
    }

    /// <summary>
    /// The confident mentions of the category in the text: every strong phrase, and weak phrases only when the same text
    /// has another mention of the category. Negated and excepted mentions are left out.
    /// </summary>
    public IReadOnlyList<TextMatch> Find(ContentCategory category, string? text)
    {
        var hits = FindHits(category, text);
        if (hits.Count == 0) return [];
        if (!IsConfident(hits)) return [];
        var list = new List<TextMatch>(hits.Count);
        foreach (var h in hits) list.Add(h.Match);
        return list;
    }

    public TextMatch? FindFirst(ContentCategory category, string? text)
    {
        var all = Find(category, text);
        return all.Count == 0 ? null : all[0];
    }

    /// <summary>Every non-negated, non-excepted mention of the category, weak ones included, in text order.</summary>
    public IReadOnlyList<ContentHit> FindHits(ContentCategory category, string? text) =>
        string.IsNullOrEmpty(text) ? [] : FindHits(category, text, WordKeys.Of(text));

    internal IReadOnlyList<ContentHit> FindHits(ContentCategory category, string text, WordKeys keys)
    {
        if (text.Length == 0 || _patterns[(int)category] is not { } p) return [];
        var bit = 1 << (int)category;
        PhraseStartsInText? starts = null;
        if (_starts.IsFiltered(category))
        {
            // Every match starts at one of the category's candidate positions: none in the text, no match.
            starts = keys.Starts ??= _starts.Scan(text);
            if ((starts.Union & bit) == 0) return [];
        }
        else
        {
            keys.Categories ??= keys.CategoriesOf(_keyCategories);
            if (!p.Start.CanStartIn(keys, (keys.Categories.Value & bit) != 0)) return [];
        }
        try
        {
            return Hits(p, text, category, starts);
        }
        catch (RegexMatchTimeoutException)
        {
            return []; // pathological input: no confident finding rather than a failed rule
        }
    }

    /// <summary>
    /// <see cref="FindHits(ContentCategory, string?)"/> without the start table: the category's pattern searched the
    /// ordinary way, for the tests that hold the table to it.
    /// </summary>
    internal IReadOnlyList<ContentHit> FindHitsUnfiltered(ContentCategory category, string text) =>
        text.Length == 0 || _patterns[(int)category] is not { } p ? [] : Hits(p, text, category, null);

    // The matches of the category's pattern, left to right, each search resuming where the last match ended (as
    // Regex.Matches does), but tried only where a phrase can start: every match of the pattern starts at a candidate
    // position, so the matches are the same.
    private static IReadOnlyList<ContentHit> Hits(Patterns p, string text, ContentCategory category, PhraseStartsInText? starts)
    {
        if (starts is null) return Hits(p, text, p.Match.Match(text), null) ?? (IReadOnlyList<ContentHit>)[];
        var bit = 1 << (int)category;
        var positions = starts.Positions;
        var masks = starts.Masks;
        for (var i = 0; i < positions.Count; i++)
        {
            if ((masks[i] & bit) == 0) continue;
            var m = p.At.Match(text, positions[i]);
            if (m.Success) return Hits(p, text, m, new CandidateCursor(positions, masks, bit, i + 1)) ?? (IReadOnlyList<ContentHit>)[];
        }
        return [];
    }

    private static List<ContentHit>? Hits(Patterns p, string text, Match first, CandidateCursor? next)
    {
        var m = first;
        if (!m.Success) return null;
        List<ContentHit>? found = null;
        List<(int Start, int End)>? excepted = null;
        var exceptionsRead = false;
        for (; m.Success; m = next is null ? m.NextMatch() : next.Next(p.At, text, m.Index + m.Length))
        {
            if (p.Except is not null && !exceptionsRead)
            {
                exceptionsRead = true;
                // Exceptions may overlap ("for marketing" and "marketing or promotional purposes"): each search starts
                // one character after the last exception's start, so that one exception never hides another.
                for (var e = p.Except.Match(text); e.Success; e = p.Except.Match(text, e.Index + 1))
                    (excepted ??= []).Add((e.Index, e.Index + e.Length));
            }
            if (excepted is not null && excepted.Exists(e => m.Index >= e.Start && m.Index + m.Length <= e.End)) continue;
            if (Negation.IsNegated(text, m.Index)) continue;
            // A list without weak phrases has no strength pattern: every mention is strong.
            var isStrong = p.Strong?.IsMatch(m.Value) ?? !p.AllWeak;
            (found ??= []).Add(new ContentHit(TextMatch.Of(m), isStrong));
        }
        return found;
    }

    /// <summary>The remaining candidate positions of one category, walked forward as matches are found.</summary>
    private sealed class CandidateCursor(List<int> positions, List<int> masks, int bit, int index)
    {
        private int _index = index;

        /// <summary>The next match starting at a candidate at or after <paramref name="from"/>; a failed match when none.</summary>
        public Match Next(Regex at, string text, int from)
        {
            for (; _index < positions.Count; _index++)
            {
                if ((masks[_index] & bit) == 0 || positions[_index] < from) continue;
                var m = at.Match(text, positions[_index]);
                if (m.Success)
                {
                    _index++;
                    return m;
                }
            }
            return Match.Empty;
        }
    }

    /// <summary>
    /// Whether mentions (from one text or several) make a confident detection: any strong phrase, or two different weak
    /// words ("loan" and "lender", not "loan" twice).
    /// </summary>
    public static bool IsConfident(IEnumerable<ContentHit> hits)
    {
        string? firstWeak = null;
        foreach (var h in hits)
        {
            if (h.IsStrong) return true;
            var key = h.Value.ToLowerInvariant();
            if (firstWeak is null) firstWeak = key;
            else if (!string.Equals(firstWeak, key, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // Compiled patterns are turned into machine code on first use; do that here, once, so the first submission's
    // match does not spend its time-out budget on it.
    private static void WarmUp(Regex regex)
    {
        try { regex.IsMatch("Warm up: Acme Dental 20% off $5 on sale, reply STOP."); }
        catch (RegexMatchTimeoutException) { }
    }

    /// <summary>The candidate start positions of every category's phrases in one text, with a bit per category.</summary>
    internal sealed class PhraseStartsInText(List<int> positions, List<int> masks, int union)
    {
        public List<int> Positions { get; } = positions;
        public List<int> Masks { get; } = masks;

        /// <summary>The categories (a bit each) with at least one candidate position.</summary>
        public int Union { get; } = union;
    }

    /// <summary>
    /// Where the phrases of each category can start, as read from the lists, for all categories at once. A phrase that
    /// starts with a word character matches only where no [\w$] stands before it (the pattern's look-behind); a phrase
    /// starting with an ASCII symbol ("$", "%") matches only at that symbol. At such a place each phrase filed under the
    /// text's leading characters is held to its <see cref="Lead"/>: what the phrase's pattern demands of the text from
    /// there, read as far as that can be told cheaply ("stop foreclosure" wants "stop", spaces or hyphens, then
    /// "foreclosure"; "repayment*" wants "repayment"). The test is conservative: a non-ASCII character in the text, which
    /// case-insensitive matching might equate with an ASCII letter, ends it in the phrase's favour, and a category with a
    /// phrase whose start cannot be told this way is not filtered at all.
    /// </summary>
    private sealed class StartTable
    {
        private const int Alnum = WordKeys.Alnum;

        // Word phrases by their leading one, two or three ASCII letters and digits (fewer when the phrase's literal
        // start is shorter: "a week from your phone" under "a", "e-cig*" under "e").
        private readonly Lead[]?[] _one = new Lead[]?[Alnum];
        private readonly Lead[]?[] _two = new Lead[]?[Alnum * Alnum];
        private readonly Lead[]?[] _three = new Lead[]?[Alnum * Alnum * Alnum];

        // Phrases starting with a number ("{n}% off"), and with an ASCII symbol ("${n} off"), by that character.
        private Lead[] _number = [];
        private readonly Lead[]?[] _other = new Lead[]?[128];

        private int _wordStart, _unfiltered;

        public bool IsFiltered(ContentCategory category) => (_unfiltered & (1 << (int)category)) == 0;

        public void Add(ContentCategory category, IEnumerable<string> phrases)
        {
            var bit = 1 << (int)category;
            foreach (var raw in phrases)
            {
                var phrase = raw.Trim();
                if (phrase.Length == 0) continue;
                var lead = Lead.Of(phrase, bit);
                if (StartsWithWord(phrase))
                {
                    _wordStart |= bit;
                    if (lead.StartsWithNumber) { _number = [.. _number, lead]; continue; }
                    // The phrase's leading ASCII letters and digits, up to three, as the pattern takes them literally.
                    var (n, key) = lead.LeadingAlnum();
                    if (n == 0) { _unfiltered |= bit; continue; } // "_x" or a non-ASCII first letter: no cheap test
                    var table = n == 1 ? _one : n == 2 ? _two : _three;
                    table[key] = [.. table[key] ?? [], lead];
                }
                else
                {
                    var c = phrase[0];
                    // An optional first element ('s, a lone *), or a character case folding might equate with another.
                    if (c is '\'' or '’' || (c == '*' && phrase.Split(' ')[0].Length == 1) || c >= 0x80 || char.IsLetter(c)) { _unfiltered |= bit; continue; }
                    _other[c] = [.. _other[c] ?? [], lead];
                }
            }
        }

        public PhraseStartsInText Scan(string text)
        {
            // Sized from the text's length so that the lists seldom have to grow.
            var capacity = Math.Min(256, text.Length / 8 + 4);
            var positions = new List<int>(capacity);
            var masks = new List<int>(capacity);
            var union = 0;
            for (var p = 0; p < text.Length; p++)
            {
                var c = text[p];
                var mask = c < 128 && _other[c] is { } symbol ? Lead.Test(symbol, text, p, 0) : 0;
                if (p == 0 || !IsAsciiWordOrDollar(text[p - 1]))
                {
                    if (c >= 0x80) mask |= _wordStart;
                    else if (char.IsAsciiLetterOrDigit(c))
                    {
                        if (char.IsAsciiDigit(c)) mask = Lead.Test(_number, text, p, mask);
                        mask = Words(text, p, mask);
                    }
                }
                if (mask != 0)
                {
                    positions.Add(p);
                    masks.Add(mask);
                    union |= mask;
                }
                // The rest of a run of ASCII letters, digits and underscores has a word character before each of its
                // characters and none of them starts a symbol phrase: no candidate there.
                if (char.IsAsciiLetterOrDigit(c) || c == '_')
                    while (p + 1 < text.Length && (char.IsAsciiLetterOrDigit(text[p + 1]) || text[p + 1] == '_')) p++;
            }
            return new PhraseStartsInText(positions, masks, union);
        }

        // The categories with a word phrase whose lead the text meets at p, an ASCII letter or digit; a non-ASCII
        // character among the next two lets every word phrase through, as the phrases filed under them cannot be told.
        private int Words(string text, int p, int mask)
        {
            var i0 = WordKeys.AlnumIndex(text[p]);
            if (_one[i0] is { } one) mask = Lead.Test(one, text, p, mask);
            if (p + 1 >= text.Length) return mask;
            var c1 = text[p + 1];
            if (c1 >= 0x80) return mask | _wordStart;
            var i1 = WordKeys.AlnumIndex(c1);
            if (i1 < 0) return mask;
            var i01 = i0 * Alnum + i1;
            if (_two[i01] is { } two) mask = Lead.Test(two, text, p, mask);
            if (p + 2 >= text.Length) return mask;
            var c2 = text[p + 2];
            if (c2 >= 0x80) return mask | _wordStart;
            var i2 = WordKeys.AlnumIndex(c2);
            return i2 >= 0 && _three[i01 * Alnum + i2] is { } three ? Lead.Test(three, text, p, mask) : mask;
        }

        private static bool IsAsciiWordOrDollar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '$';
    }

    /// <summary>
    /// What one phrase's pattern (see <see cref="Word"/> and <see cref="Build"/>) demands of the text where it starts,
    /// as a few steps: a character (compared without case), an optional space or hyphen (a hyphen inside a word), one
    /// or more spaces or hyphens (between words), a number, and no word character after the phrase's last word. The
    /// steps stop where the pattern stops being literal (<c>*</c>, an apostrophe, a non-ASCII letter) or where
    /// reading greedily could differ from the pattern's backtracking (a number followed by a digit, "." or ","), so
    /// failing them means the pattern cannot match there.
    /// </summary>
    private sealed class Lead
    {
        private const char OptionalSeparator = '\u0001', Separators = '\u0002', Number = '\u0003', WordEnd = '\u0004';

        private readonly string _steps;

        private Lead(string steps, int mask)
        {
            _steps = steps;
            Mask = mask;
        }

        /// <summary>The phrase's category, as a bit.</summary>
        public int Mask { get; }

        public bool StartsWithNumber => _steps.Length > 0 && _steps[0] == Number;

        public static Lead Of(string phrase, int mask)
        {
            var steps = new StringBuilder();
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var w = 0; w < words.Length; w++)
            {
                // Spaces or hyphens before a word that starts with a hyphen could give one back: no more is told.
                if (w > 0 && words[w][0] == '-') return new Lead(steps.ToString(), mask);
                if (w > 0) steps.Append(Separators);
                if (!Append(steps, words[w])) return new Lead(steps.ToString(), mask);
            }
            // Build's tail: a phrase ending in a word character or a number wants no word character after it.
            if (EndsWithWord(phrase)) steps.Append(WordEnd);
            return new Lead(steps.ToString(), mask);
        }

        // One word's steps; false where the word stops being literal, so that nothing after it is demanded.
        private static bool Append(StringBuilder steps, string word)
        {
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                if (c == '{' && string.CompareOrdinal(word, i, "{n}", 0, 3) == 0)
                {
                    steps.Append(Number);
                    i += 2;
                    // The number's digits are read greedily; a digit, "." or "," after it could take some back.
                    if (i + 1 < word.Length && (char.IsDigit(word[i + 1]) || word[i + 1] is '.' or ',')) return false;
                }
                else if (c == '-' && i > 0 && i < word.Length - 1) steps.Append(OptionalSeparator);
                else if (c is '*' or '\'' or '’' or '{' || c >= 0x80 || char.IsWhiteSpace(c)) return false;
                else steps.Append(char.ToLowerInvariant(c));
            }
            return true;
        }

        /// <summary>How many of the leading steps are ASCII letters or digits (up to three), and their key.</summary>
        public (int Letters, int Key) LeadingAlnum()
        {
            int n = 0, key = 0;
            for (; n < _steps.Length && n < 3; n++)
            {
                var index = WordKeys.AlnumIndex(_steps[n]);
                if (index < 0) break;
                key = key * Alnum + index;
            }
            return (n, key);
        }

        private const int Alnum = WordKeys.Alnum;

        /// <summary>The mask with the categories of the leads the text may meet at p added.</summary>
        public static int Test(Lead[] leads, string text, int p, int mask)
        {
            foreach (var lead in leads)
                if ((mask & lead.Mask) == 0 && lead.MayMatch(text, p)) mask |= lead.Mask;
            return mask;
        }

        /// <summary>Whether the phrase's pattern may match at p: false only when a step certainly fails.</summary>
        public bool MayMatch(string text, int p)
        {
            var steps = _steps;
            for (var s = 0; s < steps.Length; s++)
            {
                var step = steps[s];
                if (step == WordEnd)
                    return p >= text.Length || text[p] >= 0x80 || !(char.IsAsciiLetterOrDigit(text[p]) || text[p] == '_');
                if (p >= text.Length) return false;
                var t = text[p];
                switch (step)
                {
                    case OptionalSeparator:
                        if (t == '-' || char.IsWhiteSpace(t)) p++;
                        break;
                    case Separators:
                        if (!(t == '-' || char.IsWhiteSpace(t))) return false;
                        while (p < text.Length && (text[p] == '-' || char.IsWhiteSpace(text[p]))) p++;
                        break;
                    case Number:
                        if (t >= 0x80) return true; // \d takes every decimal digit
                        if (!char.IsAsciiDigit(t)) return false;
                        while (p < text.Length && char.IsAsciiDigit(text[p])) p++;
                        // A decimal part, or a digit that is not ASCII, could go either way: no more is told.
                        if (p < text.Length && (text[p] is '.' or ',' || text[p] >= 0x80)) return true;
                        break;
                    default:
                        if (t >= 0x80) return true;
                        if (char.ToLowerInvariant(t) != step) return false;
                        p++;
                        break;
                }
            }
            return true;
        }
    }

    /// <summary>A category's patterns: every phrase, the strong phrases alone (anchored; null when all or none are weak), exceptions.</summary>
    private sealed record Patterns(Regex Match, Regex At, Regex? Strong, bool AllWeak, Regex? Except, PhraseStarts Start);

    /// <summary>How the category's phrases can start: word keys, or a number, "$" or "%".</summary>
    private sealed class PhraseStarts
    {
        private readonly HashSet<ulong> _keys = [];
        private readonly bool _digit, _dollar, _percent, _any;

        public PhraseStarts(IEnumerable<string> phrases)
        {
            foreach (var p in phrases)
            {
                if (p.StartsWith("{n}", StringComparison.Ordinal)) { _digit = true; continue; }
                if (p[0] == '$') { _dollar = true; continue; }
                if (p[0] == '%') { _percent = true; continue; }
                var n = 0;
                while (n < p.Length && n < 3 && char.IsLetterOrDigit(p[n])) n++;
                if (n == 0) { _any = true; continue; }
                _keys.Add(WordKeys.Key(p.AsSpan(0, n)));
            }
        }

        public IEnumerable<ulong> Keys => _keys;

        /// <summary>Whether a phrase can start in the text, given whether any of the text's word keys is one of <see cref="Keys"/>.</summary>
        public bool CanStartIn(WordKeys text, bool sharesAKey) =>
            _any || (_digit && text.HasDigit) || (_dollar && text.HasDollar) || (_percent && text.HasPercent) || sharesAKey;
    }

    private static Patterns BuildWithStrength(IReadOnlyList<string> lines, Regex? except)
    {
        var strong = lines.Where(l => !l.StartsWith('~')).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        var all = lines.Select(l => l.TrimStart('~').Trim()).Where(l => l.Length > 0).ToArray();
        var hasWeak = strong.Length != all.Length;
        return new Patterns(Build(all), Build(all, startingAt: true), hasWeak && strong.Length > 0 ? Build(strong, anchored: true) : null, strong.Length == 0, except, new PhraseStarts(all));
    }

    // One alternation over every phrase. Phrases are sorted in descending ordinal order so that phrases sharing a
    // start sit together, longer ones first ("sale ends" before "sale"): the engine merges their common prefixes and
    // branches on the first letter instead of trying each phrase at every position.
    private static Regex Build(IEnumerable<string> phrases, bool anchored = false, bool startingAt = false)
    {
        var sorted = phrases.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(p => p.ToLowerInvariant(), StringComparer.Ordinal).ToArray();
        var wordStart = sorted.Where(StartsWithWord).Select(p => Body(p) + Tail(p)).ToArray();
        var otherStart = sorted.Where(p => !StartsWithWord(p)).Select(p => Body(p) + Tail(p)).ToArray();
        var parts = new List<string>(2);
        if (wordStart.Length > 0) parts.Add(@"(?<![\w$])(?:" + string.Join("|", wordStart) + ")");
        if (otherStart.Length > 0) parts.Add("(?:" + string.Join("|", otherStart) + ")");
        var pattern = string.Join("|", parts);
        if (anchored) pattern = "^(?:" + pattern + ")$";
        if (startingAt) pattern = @"\G(?:" + pattern + ")"; // matches only where the search starts
        return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture, Timeout);

        static string Tail(string p) => EndsWithWord(p) || p[^1] == '*' ? @"(?!\w)" : "";
        static string Body(string p) => string.Join(@"[\s\-]+", p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Word));
    }

    // A phrase that starts (ends) with a word character or a number: the pattern wants no word character before
    // (after) it, and the start table files it by its leading letters.
    private static bool StartsWithWord(string phrase) => IsWordChar(phrase[0]) || phrase.StartsWith("{n}", StringComparison.Ordinal);

    private static bool EndsWithWord(string phrase) => IsWordChar(phrase[^1]) || phrase.EndsWith("{n}", StringComparison.Ordinal);

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static string Word(string w)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            if (c == '*' && i == w.Length - 1) sb.Append(@"\w*");
            else if (c == '{' && string.CompareOrdinal(w, i, "{n}", 0, 3) == 0) { sb.Append(@"\d+(?:[.,]\d+)*"); i += 2; }
            else if (c == '-' && i > 0 && i < w.Length - 1) sb.Append(@"[\s\-]?");
            else if (c is '\'' or '’') sb.Append(@"['’]?");
            else sb.Append(Regex.Escape(c.ToString()));
        }
        return sb.ToString();
    }
}

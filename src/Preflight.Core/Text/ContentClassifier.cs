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
        _starts.Complete();
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
        for (var i = 0; i < starts.Count; i++)
        {
            if ((starts.Mask(i) & bit) == 0) continue;
            var m = p.At.Match(text, starts.Position(i));
            if (m.Success) return Hits(p, text, m, new CandidateCursor(starts, bit, i + 1)) ?? (IReadOnlyList<ContentHit>)[];
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
    private sealed class CandidateCursor(PhraseStartsInText starts, int bit, int index)
    {
        private int _index = index;

        /// <summary>The next match starting at a candidate at or after <paramref name="from"/>; a failed match when none.</summary>
        public Match Next(Regex at, string text, int from)
        {
            for (; _index < starts.Count; _index++)
            {
                if ((starts.Mask(_index) & bit) == 0 || starts.Position(_index) < from) continue;
                var m = at.Match(text, starts.Position(_index));
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
    internal sealed class PhraseStartsInText
    {
        /// <summary>A text with no candidate position at all (most texts for most categories).</summary>
        public static readonly PhraseStartsInText None = new([], 0);

        // Position and mask of each candidate, one after the other, in text order: one exactly sized array.
        private readonly int[] _pairs;

        public PhraseStartsInText(int[] pairs, int union)
        {
            _pairs = pairs;
            Union = union;
        }

        public int Count => _pairs.Length / 2;

        public int Position(int i) => _pairs[2 * i];

        public int Mask(int i) => _pairs[2 * i + 1];

        /// <summary>The categories (a bit each) with at least one candidate position.</summary>
        public int Union { get; }
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

        // While the lists are read: word phrases by their leading one, two or three ASCII letters and digits (fewer
        // when the phrase's literal start is shorter: "a week from your phone" under "a", "e-cig*" under "e").
        private readonly Dictionary<int, List<Lead>>[] _byLetters = [[], [], []];

        // What Scan looks up, built by Complete: the leads a word may meet, by its first letter when the second is not
        // an ASCII letter or digit (or the text ends); else by its first two letters (see Node).
        private readonly Bucket?[] _one = new Bucket?[Alnum];
        private readonly Node?[] _two = new Node?[Alnum * Alnum];

        // Phrases starting with a number ("{n}% off"), and with an ASCII symbol ("${n} off"), by that character.
        private readonly List<Lead> _numberLeads = [];
        private Bucket? _number;
        private readonly Bucket?[] _other = new Bucket?[128];

        private int _wordStart, _unfiltered;

        public bool IsFiltered(ContentCategory category) => (_unfiltered & (1 << (int)category)) == 0;

        public void Add(ContentCategory category, IEnumerable<string> phrases)
        {
            var bit = 1 << (int)category;
            var symbols = new Dictionary<char, List<Lead>>();
            foreach (var raw in phrases)
            {
                var phrase = raw.Trim();
                if (phrase.Length == 0) continue;
                var lead = Lead.Of(phrase, bit);
                if (StartsWithWord(phrase))
                {
                    _wordStart |= bit;
                    if (lead.StartsWithNumber) { _numberLeads.Add(lead); continue; }
                    // The phrase's leading ASCII letters and digits, up to three, as the pattern takes them literally.
                    var (n, key) = lead.LeadingAlnum();
                    if (n == 0) { _unfiltered |= bit; continue; } // "_x" or a non-ASCII first letter: no cheap test
                    var table = _byLetters[n - 1];
                    if (!table.TryGetValue(key, out var list)) table[key] = list = [];
                    // The table's key stands for the first n steps: the lead need not check them again.
                    list.Add(lead.Known(n));
                }
                else
                {
                    var c = phrase[0];
                    // An optional first element ('s, a lone *), or a character case folding might equate with another.
                    if (c is '\'' or '’' || (c == '*' && phrase.Split(' ')[0].Length == 1) || c >= 0x80 || char.IsLetter(c)) { _unfiltered |= bit; continue; }
                    // The symbol is compared exactly, so it stands for the lead's first step.
                    _other[c] = Bucket.Of([.. _other[c]?.All ?? [], lead.Known(1)]);
                }
            }
        }

        /// <summary>
        /// Files the leads for Scan, once every list is added: each bucket holds every lead a word with those leading
        /// characters may meet, those shorter keys included, less the leads the known characters already rule out.
        /// </summary>
        public void Complete()
        {
            _number = Bucket.Of(_numberLeads);
            var (byOne, byTwo, byThree) = (_byLetters[0], _byLetters[1], _byLetters[2]);
            for (var i0 = 0; i0 < Alnum; i0++)
            {
                var one = byOne.GetValueOrDefault(i0) ?? [];
                _one[i0] = Bucket.Of(one);
                for (var i1 = 0; i1 < Alnum; i1++)
                {
                    var i01 = i0 * Alnum + i1;
                    // A word whose second character is an ASCII letter or digit.
                    var two = Survivors(one, 1).Concat(byTwo.GetValueOrDefault(i01) ?? []).ToList();
                    // ... and whose third one is too: the two-letter leads that survive any letter or digit there, or
                    // for a key with leads of its own, the bucket of that key.
                    var twoThenWord = Survivors(two, 2).ToList();
                    Bucket?[]? three = null;
                    for (var i2 = 0; i2 < Alnum; i2++)
                        if (byThree.TryGetValue(i01 * Alnum + i2, out var own))
                        {
                            three ??= new Bucket?[Alnum];
                            three[i2] = Bucket.Of([.. twoThenWord, .. own], wordFollowsAt: 3);
                        }
                    var thenWord = Bucket.Of(twoThenWord, wordFollowsAt: 3);
                    if (three is not null)
                        for (var i2 = 0; i2 < Alnum; i2++) three[i2] ??= thenWord;
                    var node = new Node(Bucket.Of(two), thenWord, three);
                    if (node.Two is not null || node.TwoThenWord is not null || three is not null) _two[i01] = node;
                }
            }
        }

        // The leads that may still match when the character after their known start is an ASCII letter or digit:
        // one that wants spaces or hyphens there, the end of a word, or a literal symbol cannot.
        internal static IEnumerable<Lead> Survivors(IEnumerable<Lead> leads, int at) =>
            leads.Where(l => l.Skip < at || l.MayContinueWithWordCharacter());

        public PhraseStartsInText Scan(string text)
        {
            // Candidates are few: they are gathered on the stack and copied once into an array of the right size.
            Span<int> pairs = stackalloc int[64];
            var count = 0;
            var union = 0;
            var length = text.Length;
            var p = 0;
            while (p < length)
            {
                var c = text[p];
                var mask = 0;
                if (c < 0x80)
                {
                    if (char.IsAsciiLetterOrDigit(c) || c == '_')
                    {
                        // The run before p, if any, was skipped whole, so text[p - 1] is no ASCII letter, digit or
                        // underscore: only a "$" there keeps a word phrase from starting here.
                        if (c != '_' && (p == 0 || text[p - 1] != '$'))
                        {
                            if (char.IsAsciiDigit(c) && _number is { } number) mask = number.Test(text, p, 0);
                            mask = Words(text, p, mask);
                        }
                        // The rest of a run of ASCII letters, digits and underscores has a word character before each
                        // of its characters and none of them starts a symbol phrase: no candidate there.
                        var start = p++;
                        while (p < length && (char.IsAsciiLetterOrDigit(text[p]) || text[p] == '_')) p++;
                        if (mask != 0) Add(ref pairs, ref count, ref union, start, mask);
                        continue;
                    }
                    if (_other[c] is { } symbol) mask = symbol.Test(text, p, 0);
                }
                else if (p == 0 || !IsAsciiWordOrDollar(text[p - 1])) mask = _wordStart;
                if (mask != 0) Add(ref pairs, ref count, ref union, p, mask);
                p++;
            }
            return count == 0 ? PhraseStartsInText.None : new PhraseStartsInText(pairs[..(2 * count)].ToArray(), union);
        }

        private static void Add(ref Span<int> pairs, ref int count, ref int union, int position, int mask)
        {
            if (2 * count == pairs.Length)
            {
                var larger = new int[pairs.Length * 2];
                pairs.CopyTo(larger);
                pairs = larger;
            }
            pairs[2 * count] = position;
            pairs[2 * count + 1] = mask;
            count++;
            union |= mask;
        }

        // The categories with a word phrase whose lead the text meets at p, an ASCII letter or digit; a non-ASCII
        // character among the next two lets every word phrase through, as the phrases filed under them cannot be told.
        private int Words(string text, int p, int mask)
        {
            var i0 = WordKeys.AlnumIndex(text[p]);
            if (p + 1 >= text.Length) return _one[i0] is { } end ? end.Test(text, p, mask) : mask;
            var c1 = text[p + 1];
            if (c1 >= 0x80) return mask | _wordStart;
            var i1 = WordKeys.AlnumIndex(c1);
            if (i1 < 0) return _one[i0] is { } one ? one.Test(text, p, mask) : mask;
            if (_two[i0 * Alnum + i1] is not { } node) return mask;
            if (p + 2 >= text.Length) return node.Two is { } endTwo ? endTwo.Test(text, p, mask) : mask;
            var c2 = text[p + 2];
            if (c2 >= 0x80) return mask | _wordStart;
            var i2 = WordKeys.AlnumIndex(c2);
            if (i2 < 0) return node.Two is { } two ? two.Test(text, p, mask) : mask;
            var bucket = node.Three is { } three ? three[i2] : node.TwoThenWord;
            // A fourth letter or digit rules out the leads that want the word to end or break after three.
            if (bucket is not null && p + 3 < text.Length && char.IsAsciiLetterOrDigit(text[p + 3])) bucket = bucket.WordFollows;
            return bucket is null ? mask : bucket.Test(text, p, mask);
        }

        private static bool IsAsciiWordOrDollar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '$';
    }

    /// <summary>
    /// The leads a word starting with two given ASCII letters or digits may meet: <see cref="Two"/> when the third
    /// character is none (or the text ends), else <see cref="Three"/> by that character, or <see cref="TwoThenWord"/>
    /// when no phrase is filed under three letters starting with these two.
    /// </summary>
    private sealed record Node(Bucket? Two, Bucket? TwoThenWord, Bucket?[]? Three);

    /// <summary>
    /// The leads filed under one key: the categories of those the key alone decides (no step left to check) as one
    /// mask, and the others to test.
    /// </summary>
    private sealed class Bucket
    {
        private readonly int _certain;
        private readonly Lead[] _leads;

        private Bucket(int certain, Lead[] leads, Lead[] all)
        {
            _certain = certain;
            _leads = leads;
            All = all;
            WordFollows = this;
        }

        public Lead[] All { get; }

        /// <summary>
        /// The bucket for a text whose character after the key is an ASCII letter or digit (see <c>wordFollowsAt</c>
        /// of <see cref="Of"/>); this bucket itself when that rules nothing out.
        /// </summary>
        public Bucket? WordFollows { get; private set; }

        /// <summary>
        /// A bucket of the leads; null when there are none. With <paramref name="wordFollowsAt"/> (the key's length), also
        /// the smaller bucket for when a letter or digit follows the key.
        /// </summary>
        public static Bucket? Of(IReadOnlyCollection<Lead> leads, int wordFollowsAt = 0)
        {
            if (leads.Count == 0) return null;
            var certain = 0;
            foreach (var l in leads)
                if (l.IsDecided) certain |= l.Mask;
            // A category already certain needs none of its other leads tested.
            var rest = leads.Where(l => !l.IsDecided && (certain & l.Mask) == 0).ToArray();
            var bucket = new Bucket(certain, rest, [.. leads]);
            if (wordFollowsAt > 0)
            {
                var survivors = StartTable.Survivors(leads, wordFollowsAt).ToList();
                if (survivors.Count < leads.Count) bucket.WordFollows = Of(survivors);
            }
            return bucket;
        }

        /// <summary>The mask with the categories of the leads the text may meet at p added.</summary>
        public int Test(string text, int p, int mask)
        {
            mask |= _certain;
            foreach (var lead in _leads)
                if ((mask & lead.Mask) == 0 && lead.MayMatch(text, p)) mask |= lead.Mask;
            return mask;
        }
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

        private Lead(string steps, int mask, int skip)
        {
            _steps = steps;
            Mask = mask;
            Skip = skip;
        }

        /// <summary>The phrase's category, as a bit.</summary>
        public int Mask { get; }

        /// <summary>How many leading steps the lead's place in the table already stands for (literal characters only).</summary>
        public int Skip { get; }

        /// <summary>Whether no step is left to check: the lead may match wherever it is looked up.</summary>
        public bool IsDecided => Skip >= _steps.Length;

        public bool StartsWithNumber => _steps.Length > 0 && _steps[0] == Number;

        /// <summary>The same lead, its first <paramref name="steps"/> literal steps known to be met by where it is filed.</summary>
        public Lead Known(int steps) => new(_steps, Mask, Math.Min(steps, _steps.Length));

        /// <summary>
        /// Whether the step after the known ones can be met by an ASCII letter or digit: not spaces or hyphens, the end
        /// of a word, or a symbol. An optional separator, a number or a letter may be; no steps left always is.
        /// </summary>
        public bool MayContinueWithWordCharacter()
        {
            if (IsDecided) return true;
            var step = _steps[Skip];
            return step is OptionalSeparator or Number || char.IsAsciiLetterOrDigit(step);
        }

        public static Lead Of(string phrase, int mask)
        {
            var steps = new StringBuilder();
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var w = 0; w < words.Length; w++)
            {
                // Spaces or hyphens before a word that starts with a hyphen could give one back: no more is told.
                if (w > 0 && words[w][0] == '-') return new Lead(steps.ToString(), mask, 0);
                if (w > 0) steps.Append(Separators);
                if (!Append(steps, words[w])) return new Lead(steps.ToString(), mask, 0);
            }
            // Build's tail: a phrase ending in a word character or a number wants no word character after it.
            if (EndsWithWord(phrase)) steps.Append(WordEnd);
            return new Lead(steps.ToString(), mask, 0);
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

        /// <summary>Whether the phrase's pattern may match at p: false only when a step after the known ones certainly fails.</summary>
        public bool MayMatch(string text, int p)
        {
            var steps = _steps;
            p += Skip;
            for (var s = Skip; s < steps.Length; s++)
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
                        // An ASCII character without case: the steps hold lower-case letters.
                        if ((char.IsAsciiLetterUpper(t) ? (char)(t | 0x20) : t) != step) return false;
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

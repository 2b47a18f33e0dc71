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
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);
    private readonly Dictionary<ContentCategory, Patterns> _patterns = [];

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
            _patterns[category] = p;
            WarmUp(p.Match);
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
        if (text.Length == 0 || !_patterns.TryGetValue(category, out var p) || !p.Start.CanStartIn(keys)) return [];
        try
        {
            return Hits(p, text);
        }
        catch (RegexMatchTimeoutException)
        {
            return []; // pathological input: no confident finding rather than a failed rule
        }
    }

    private static IReadOnlyList<ContentHit> Hits(Patterns p, string text)
    {
        var m = p.Match.Match(text);
        if (!m.Success) return [];
        List<ContentHit>? found = null;
        List<(int Start, int End)>? excepted = null;
        var exceptionsRead = false;
        for (; m.Success; m = m.NextMatch())
        {
            if (p.Except is not null && !exceptionsRead)
            {
                exceptionsRead = true;
                foreach (Match e in p.Except.Matches(text))
                    (excepted ??= []).Add((e.Index, e.Index + e.Length));
            }
            if (excepted is not null && excepted.Exists(e => m.Index >= e.Start && m.Index + m.Length <= e.End)) continue;
            if (Negation.IsNegated(text, m.Index)) continue;
            // A list without weak phrases has no strength pattern: every mention is strong.
            var isStrong = p.Strong?.IsMatch(m.Value) ?? !p.AllWeak;
            (found ??= []).Add(new ContentHit(TextMatch.Of(m), isStrong));
        }
        return found ?? (IReadOnlyList<ContentHit>)[];
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

    /// <summary>A category's patterns: every phrase, the strong phrases alone (anchored; null when all or none are weak), exceptions.</summary>
    private sealed record Patterns(Regex Match, Regex? Strong, bool AllWeak, Regex? Except, PhraseStarts Start);

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

        public bool CanStartIn(WordKeys text)
        {
            if (_any || (_digit && text.HasDigit) || (_dollar && text.HasDollar) || (_percent && text.HasPercent)) return true;
            foreach (var k in _keys)
                if (text.Contains(k)) return true;
            return false;
        }
    }

    private static Patterns BuildWithStrength(IReadOnlyList<string> lines, Regex? except)
    {
        var strong = lines.Where(l => !l.StartsWith('~')).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        var all = lines.Select(l => l.TrimStart('~').Trim()).Where(l => l.Length > 0).ToArray();
        var hasWeak = strong.Length != all.Length;
        return new Patterns(Build(all), hasWeak && strong.Length > 0 ? Build(strong, anchored: true) : null, strong.Length == 0, except, new PhraseStarts(all));
    }

    // One alternation over every phrase. Phrases are sorted in descending ordinal order so that phrases sharing a
    // start sit together, longer ones first ("sale ends" before "sale"): the engine merges their common prefixes and
    // branches on the first letter instead of trying each phrase at every position.
    private static Regex Build(IEnumerable<string> phrases, bool anchored = false)
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
        return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture, Timeout);

        static bool StartsWithWord(string p) => IsWordChar(p[0]) || p.StartsWith("{n}", StringComparison.Ordinal);
        static string Tail(string p) => IsWordChar(p[^1]) || p[^1] == '*' || p.EndsWith("{n}", StringComparison.Ordinal) ? @"(?!\w)" : "";
        static string Body(string p) => string.Join(@"[\s\-]+", p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Word));
        static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
    }

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

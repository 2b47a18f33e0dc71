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

/// <summary>
/// Finds content of each <see cref="ContentCategory"/> with the word lists in <c>data/content-*.txt</c>.
/// A list line is a phrase (<c>*</c> at a word's end matches any ending); a line starting with <c>!</c> is an
/// exception: a match that lies inside an exception phrase does not count ("weed control" is not cannabis).
/// Phrases negated within their clause ("we do not sell your data") do not count either.
/// </summary>
public sealed class ContentClassifier
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);
    private readonly Dictionary<ContentCategory, (Regex Match, Regex? Except)> _patterns = [];

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
            _patterns[category] = (Build(include), exclude.Length == 0 ? null : Build(exclude));
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

    /// <summary>Every non-negated, non-excepted occurrence of the category's phrases in the text.</summary>
    public IReadOnlyList<TextMatch> Find(ContentCategory category, string? text)
    {
        if (string.IsNullOrEmpty(text) || !_patterns.TryGetValue(category, out var p)) return [];
        List<TextMatch>? found = null;
        List<(int Start, int End)>? excepted = null;
        if (p.Except is not null)
            foreach (Match m in p.Except.Matches(text))
                (excepted ??= []).Add((m.Index, m.Index + m.Length));
        foreach (Match m in p.Match.Matches(text))
        {
            if (excepted is not null && excepted.Any(e => m.Index >= e.Start && m.Index + m.Length <= e.End)) continue;
            if (Negation.IsNegated(text, m.Index)) continue;
            (found ??= []).Add(TextMatch.Of(m));
        }
        return found ?? (IReadOnlyList<TextMatch>)[];
    }

    public TextMatch? FindFirst(ContentCategory category, string? text)
    {
        var all = Find(category, text);
        return all.Count == 0 ? null : all[0];
    }

    private static Regex Build(IEnumerable<string> phrases)
    {
        var alternatives = phrases
            .OrderByDescending(p => p.Length)
            .Select(p => string.Join(@"[\s\-]+", p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Word)));
        var pattern = @"(?<![\w$])(?:" + string.Join("|", alternatives) + @")(?!\w)";
        return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

        static string Word(string w) =>
            w.EndsWith('*') ? Regex.Escape(w[..^1]) + @"\w*" : Regex.Escape(w);
    }
}

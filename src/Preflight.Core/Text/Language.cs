using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Preflight.Core.Text;

/// <summary>A guess at a text's language and how it was reached.</summary>
/// <param name="Language">ISO 639-1 code ("en", "es", …) or "und" when there is too little to tell.</param>
/// <param name="IsEnglish">False only when the text is clearly in another language or script.</param>
/// <param name="Evidence">Words that decided it (the foreign function words found), for the report.</param>
public sealed record LanguageGuess(string Language, bool IsEnglish, double Confidence, string Evidence);

/// <summary>
/// Tells English from other languages with function-word counts (<c>data/function-words.txt</c>) and the share of
/// non-Latin letters. Short texts and brand names with accents stay English.
/// </summary>
public sealed partial class LanguageDetector
{
    private readonly FrozenDictionary<string, FrozenSet<string>> _words;

    public LanguageDetector(ReferenceData data)
    {
        var dict = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var line in data.List("function-words"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) continue;
            dict[line[..colon].Trim()] = line[(colon + 1)..]
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        }
        _words = dict.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public LanguageGuess Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new("und", true, 0, "");
        int letters = 0, nonLatin = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c > '\u024F' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter
                && !(c >= '\u1E00' && c <= '\u1EFF')) // Latin Extended Additional (Vietnamese) is Latin
                nonLatin++;
        }
        if (letters >= 12 && nonLatin > letters * 0.3)
            return new("non-latin", false, Math.Min(1, nonLatin / (double)letters), text.Length > 40 ? text[..40] : text);

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var hits = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var total = 0;
        foreach (Match m in WordPattern().Matches(text))
        {
            total++;
            foreach (var (lang, set) in _words)
            {
                if (!set.Contains(m.Value)) continue;
                counts[lang] = counts.GetValueOrDefault(lang) + 1;
                if (lang != "en") (hits.TryGetValue(lang, out var l) ? l : hits[lang] = []).Add(m.Value);
            }
        }
        var en = counts.GetValueOrDefault("en");
        var best = counts.Where(kv => kv.Key != "en").OrderByDescending(kv => kv.Value).FirstOrDefault();
        // Too little text, or English holds its own: call it English.
        if (best.Key is null || best.Value < 3 || best.Value <= en)
            return new(en > 0 || total < 4 ? "en" : "und", true, total == 0 ? 0 : Math.Min(1, en / (double)Math.Max(1, total) * 3), "");
        var confidence = best.Value / (double)(best.Value + en);
        return new(best.Key, confidence < 0.6, confidence, string.Join(", ", hits[best.Key].Distinct(StringComparer.OrdinalIgnoreCase).Take(6)));
    }

    [GeneratedRegex(@"\p{L}+(?:['’]\p{L}+)?", RegexOptions.CultureInvariant, 250)]
    private static partial Regex WordPattern();
}

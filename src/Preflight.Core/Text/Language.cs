using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Preflight.Core.Text;

/// <summary>A guess at a text's language and how it was reached.</summary>
/// <param name="Language">
/// ISO 639-1 code ("en", "es", "vi", "zh", …), "und" when there is too little to tell, or "non-latin" for a script the
/// detector cannot name. For bilingual text it is the foreign language.
/// </param>
/// <param name="IsEnglish">False when the text, or a sentence of it, is clearly in another language or script.</param>
/// <param name="Evidence">Words that decided it (the foreign function words found), for the report.</param>
public sealed record LanguageGuess(string Language, bool IsEnglish, double Confidence, string Evidence)
{
    /// <summary>English with whole sentences in another language ("Reply STOP to cancel. Responda ALTO para cancelar los mensajes.").</summary>
    public bool IsBilingual { get; init; }
}

/// <summary>
/// Tells English from other languages with function-word counts (<c>data/function-words.txt</c>), sentence by
/// sentence, and the share of letters in other scripts. Short texts, brand and place names with foreign words
/// ("Casa de la Rosa", "Los Angeles", "Gracias from the team") stay English; web addresses and e-mail addresses are
/// not read.
/// </summary>
public sealed partial class LanguageDetector
{
    // Articles and prepositions that are part of names ("Casa de la Rosa", "Del Taco", "Las Vegas").
    private static readonly FrozenSet<string> NameParticles = new[]
    {
        "de", "del", "la", "las", "los", "el", "le", "les", "des", "du", "da", "das", "dos", "di", "van", "von", "der", "den", "y", "e",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly string[] _languages;

    // Every function word, with a bit per foreign language (index into _languages) and bit 31 for English.
    private readonly FrozenDictionary<string, int> _masks;
    private const int EnglishBit = 1 << 31;

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
        _languages = [.. dict.Keys.Where(k => k != "en").Order(StringComparer.Ordinal).Take(30)];
        var masks = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (lang, words) in dict)
        {
            var bit = lang == "en" ? EnglishBit : 1 << Array.IndexOf(_languages, lang);
            if (lang != "en" && Array.IndexOf(_languages, lang) < 0) continue;
            foreach (var w in words) masks[w] = masks.GetValueOrDefault(w) | bit;
        }
        _masks = masks.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public LanguageGuess Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new("und", true, 0, "");

        var script = Script(text);
        if (script is not null) return script;

        var skip = Unreadable(text);
        var langCount = _languages.Length;
        var totals = new int[langCount];
        var inForeignSentences = new int[langCount];
        var sentence = new int[langCount];
        var hits = new List<string>?[langCount];
        int en = 0, sentenceEn = 0, total = 0, inEnglishSentences = 0;
        var words = WordPattern().Matches(text);
        for (var w = 0; w < words.Count; w++)
        {
            var m = words[w];
            if (InSpans(skip, m.Index)) continue;
            total++;
            var word = m.Value;
            var mask = _masks.GetValueOrDefault(word);
            if ((mask & EnglishBit) != 0) { en++; sentenceEn++; }
            if ((mask & ~EnglishBit) != 0 && !IsNamePart(text, words, w) && !IsAbbreviation(word))
            {
                for (var l = 0; l < langCount; l++)
                {
                    if ((mask & (1 << l)) == 0) continue;
                    totals[l]++;
                    sentence[l]++;
                    (hits[l] ??= []).Add(word);
                }
            }
            if (EndsSentence(text, m.Index + m.Length, w + 1 < words.Count ? words[w + 1].Index : text.Length))
                CloseSentence();
        }
        CloseSentence();

        var best = -1;
        for (var l = 0; l < langCount; l++)
            if (totals[l] > 0 && (best < 0 || totals[l] > totals[best])) best = l;
        if (best < 0 || totals[best] < 3)
            return new(en > 0 || total < 4 ? "en" : "und", true, total == 0 ? 0 : Math.Min(1, en / (double)Math.Max(1, total) * 3), "");

        var evidence = string.Join(", ", hits[best]!.Distinct(StringComparer.OrdinalIgnoreCase).Take(6));
        var confidence = totals[best] / (double)(totals[best] + en);
        if (totals[best] > en)
            return new(_languages[best], false, confidence, evidence) { IsBilingual = inEnglishSentences >= 3 };

        // English overall, but whole sentences in another language: report that language.
        var bi = -1;
        for (var l = 0; l < langCount; l++)
            if (inForeignSentences[l] >= 3 && (bi < 0 || inForeignSentences[l] > inForeignSentences[bi])) bi = l;
        if (bi >= 0)
            return new(_languages[bi], false, confidence, string.Join(", ", hits[bi]!.Distinct(StringComparer.OrdinalIgnoreCase).Take(6))) { IsBilingual = true };
        return new("en", true, 1 - confidence, "");

        void CloseSentence()
        {
            var top = -1;
            for (var l = 0; l < langCount; l++)
                if (sentence[l] > 0 && (top < 0 || sentence[l] > sentence[top])) top = l;
            if (top >= 0 && sentence[top] > sentenceEn) inForeignSentences[top] += sentence[top];
            else if (sentenceEn >= 2) inEnglishSentences += sentenceEn;
            Array.Clear(sentence);
            sentenceEn = 0;
        }
    }

    // A name particle counts as part of a name when the next ordinary word is capitalised and the particle itself, or
    // the word before it, is capitalised too: "Los Angeles", "Casa de la Rosa".
    private static bool IsNamePart(string text, MatchCollection words, int w)
    {
        var word = words[w].Value;
        if (!NameParticles.Contains(word)) return false;
        var n = w + 1;
        while (n < words.Count && NameParticles.Contains(words[n].Value)) n++;
        if (n >= words.Count || !char.IsUpper(words[n].Value[0])) return false;
        if (char.IsUpper(word[0])) return true;
        var p = w - 1;
        while (p >= 0 && NameParticles.Contains(words[p].Value)) p--;
        return p >= 0 && char.IsUpper(words[p].Value[0]) && !EndsSentence(text, words[p].Index + words[p].Length, words[p + 1].Index);
    }

    // "IL", "LA", "DE", "ME": state codes and abbreviations are not function words.
    private static bool IsAbbreviation(string word) =>
        word.Length <= 3 && word.Length > 1 && word.All(char.IsUpper);

    private static bool EndsSentence(string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
            if (text[i] is '.' or '!' or '?' or '\n' or ';' or '¿' or '¡') return true;
        return false;
    }

    /// <summary>A text written mostly (or with a whole phrase) in a non-Latin script, or Vietnamese by its letters.</summary>
    private static LanguageGuess? Script(string text)
    {
        int letters = 0, nonLatin = 0, vietnamese = 0;
        string? name = null;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c is (>= '\u1EA0' and <= '\u1EF9') or 'ơ' or 'Ơ' or 'ư' or 'Ư' or 'đ' or 'Đ') vietnamese++;
            if (c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF') continue;
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.OtherLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter))
                continue;
            nonLatin++;
            name ??= ScriptLanguage(c);
        }
        if (letters >= 12 && vietnamese >= 3 && vietnamese >= letters * 0.04)
            return new("vi", false, Math.Min(1, vietnamese / (double)letters * 8), "Vietnamese letters");
        if (nonLatin == 0) return null;
        var share = nonLatin / (double)letters;
        if ((letters >= 12 && share > 0.3) || (nonLatin == letters && nonLatin >= 4))
            return new(name ?? "non-latin", false, Math.Min(1, share), Excerpt(text));
        if (nonLatin >= 6)
            return new(name ?? "non-latin", false, share, Excerpt(text)) { IsBilingual = true };
        return null;

        static string Excerpt(string t) => t.Length > 40 ? t[..40] : t;
    }

    private static string ScriptLanguage(char c) => c switch
    {
        >= '\u0370' and <= '\u03FF' => "el",
        >= '\u0400' and <= '\u04FF' => "ru",
        >= '\u0590' and <= '\u05FF' => "he",
        >= '\u0600' and <= '\u06FF' => "ar",
        >= '\u0900' and <= '\u097F' => "hi",
        >= '\u0E00' and <= '\u0E7F' => "th",
        >= '\u3040' and <= '\u30FF' => "ja",
        >= '\u1100' and <= '\u11FF' or >= '\uAC00' and <= '\uD7AF' => "ko",
        >= '\u4E00' and <= '\u9FFF' => "zh",
        _ => "non-latin",
    };

    private static List<(int Start, int End)>? Unreadable(string text)
    {
        List<(int, int)>? spans = null;
        foreach (var u in Urls.Find(text)) (spans ??= []).Add((u.Start, u.Start + u.Length));
        if (text.Contains('@', StringComparison.Ordinal))
            foreach (Match e in Disclosures.Email().Matches(text)) (spans ??= []).Add((e.Index, e.Index + e.Length));
        return spans;
    }

    private static bool InSpans(List<(int Start, int End)>? spans, int index)
    {
        if (spans is null) return false;
        foreach (var (s, e) in spans)
            if (index >= s && index < e) return true;
        return false;
    }

    [GeneratedRegex(@"\p{L}+(?:['’]\p{L}+)?", RegexOptions.CultureInvariant, 250)]
    private static partial Regex WordPattern();
}

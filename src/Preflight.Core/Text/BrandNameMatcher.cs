using System.Text;
using Preflight.Core.Model;

namespace Preflight.Core.Text;

/// <summary>
/// Finds a brand's name in text the way a reviewer reads it: ignoring case, accents, punctuation, legal suffixes
/// (Inc, LLC, Co.), a leading "The", possessives ("Joe's"), "&amp;" written as "and"; matching the display name, the
/// legal name, or a sole proprietor's own name.
/// </summary>
public sealed class BrandNameMatcher
{
    private static readonly HashSet<string> LegalSuffixes = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "llc", "l l c", "llp", "lp", "ltd", "limited", "co", "corp", "corporation", "company",
        "pllc", "pc", "p c", "pa", "plc", "gmbh", "sa", "ag", "na", "dba", "lc", "ltda", "srl", "bv", "pty",
    };

    private readonly List<string[]> _names = [];

    public BrandNameMatcher(Brand brand)
    {
        Add(brand.DisplayName);
        Add(brand.CompanyName);
        if (!string.IsNullOrWhiteSpace(brand.FirstName) && !string.IsNullOrWhiteSpace(brand.LastName))
            Add($"{brand.FirstName} {brand.LastName}");
        Names = _names.Select(n => string.Join(' ', n)).Distinct(StringComparer.Ordinal).ToArray();
    }

    public BrandNameMatcher(params string?[] names)
    {
        foreach (var n in names) Add(n);
        Names = _names.Select(n => string.Join(' ', n)).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The normalised names this matcher looks for.</summary>
    public IReadOnlyList<string> Names { get; }

    public bool HasNames => _names.Count > 0;

    /// <summary>The first mention of any of the brand's names in the text, in the text's own spelling.</summary>
    public TextMatch? Find(string? text)
    {
        if (string.IsNullOrEmpty(text) || _names.Count == 0) return null;
        var (tokens, spans) = Tokenize(text);
        TextMatch? best = null;
        foreach (var name in _names)
        {
            for (var i = 0; i + name.Length <= tokens.Count; i++)
            {
                if (!TokensEqual(tokens, i, name)) continue;
                var start = spans[i].Start;
                var end = spans[i + name.Length - 1].End;
                if (best is null || start < best.Start) best = new TextMatch(start, end - start, text[start..end]);
                break;
            }
            // "AcmeDental" or "acmedental.com" for "Acme Dental": compare without spaces, for long enough names.
            if (best is null && name.Length > 1)
            {
                var compact = string.Concat(name);
                if (compact.Length >= 6)
                    for (var i = 0; i < tokens.Count; i++)
                        if (tokens[i].Contains(compact, StringComparison.Ordinal))
                        {
                            best = new TextMatch(spans[i].Start, spans[i].End - spans[i].Start, text[spans[i].Start..spans[i].End]);
                            break;
                        }
            }
        }
        return best;
    }

    public bool IsMentionedIn(string? text) => Find(text) is not null;

    private static bool TokensEqual(List<string> tokens, int at, string[] name)
    {
        for (var j = 0; j < name.Length; j++)
            if (!string.Equals(tokens[at + j], name[j], StringComparison.Ordinal)
                && !string.Equals(tokens[at + j], name[j] + "s", StringComparison.Ordinal)) // "Acmes" written for "Acme's"
                return false;
        return true;
    }

    private void Add(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return;
        var tokens = Tokenize(raw).Tokens;
        // Drop legal suffixes from the end ("Acme Dental Group, LLC" -> "acme dental group") and a leading "the".
        while (tokens.Count > 1 && (LegalSuffixes.Contains(tokens[^1]) || (tokens.Count > 2 && LegalSuffixes.Contains(tokens[^2] + " " + tokens[^1]))))
        {
            if (LegalSuffixes.Contains(tokens[^1])) tokens.RemoveAt(tokens.Count - 1);
            else tokens.RemoveRange(tokens.Count - 2, 2);
        }
        if (tokens.Count > 1 && tokens[0] == "the") tokens.RemoveAt(0);
        if (tokens.Count == 0) return;
        var arr = tokens.ToArray();
        if (!_names.Any(n => n.SequenceEqual(arr))) _names.Add(arr);
    }

    /// <summary>Lower-cased, accent-free word tokens with their spans in the original text; "&amp;" becomes "and", possessive 's is dropped.</summary>
    internal static (List<string> Tokens, List<(int Start, int End)> Spans) Tokenize(string text)
    {
        var tokens = new List<string>();
        var spans = new List<(int, int)>();
        var sb = new StringBuilder();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (c is '\'' or '’' or '`' && sb.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
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
                tokens.Add("and");
                spans.Add((i, i + 1));
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (start < 0) start = i;
                AppendFolded(sb, c);
                continue;
            }
            if (c == '.' && sb.Length == 1 && i + 2 < text.Length && char.IsLetter(text[i + 1]) && text[i + 2] == '.')
            {
                continue; // initialisms: "L.L.C." -> "llc"
            }
            Flush(i);
        }
        return (tokens, spans);

        void Flush(int end)
        {
            if (sb.Length == 0) { start = -1; return; }
            tokens.Add(sb.ToString());
            spans.Add((start, end));
            sb.Clear();
            start = -1;
        }
    }

    private static void AppendFolded(StringBuilder sb, char c) => sb.Append(Fold.Letter(c));
}

using System.Text;
using System.Text.RegularExpressions;

namespace Preflight.Core.Text;

/// <summary>
/// Legal company names as the registry compares them: a key that ignores case, accents, punctuation, "&amp;" versus
/// "and", a leading "The" and trailing legal forms ("Joe's Pizza &amp; Grill, L.L.C." and "JOES PIZZA AND GRILL LLC" share
/// one key), and the legal forms that mark a business rather than a person.
/// </summary>
public static partial class LegalNames
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "llc", "llp", "lllp", "lp", "ltd", "limited", "co", "corp", "corporation", "company",
        "pllc", "pc", "pa", "plc", "gmbh", "sa", "ag", "na", "lc", "ltda", "srl", "bv", "pty",
    };

    /// <summary>The comparison key of a legal name, or "" when it has no words.</summary>
    public static string Key(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var tokens = Tokens(name);
        while (tokens.Count > 1 && Suffixes.Contains(tokens[^1])) tokens.RemoveAt(tokens.Count - 1);
        if (tokens.Count > 1 && tokens[0] == "the") tokens.RemoveAt(0);
        return string.Join(' ', tokens);
    }

    /// <summary>
    /// The first legal form that only a registered business has (Inc, LLC, L.L.C., LLP, PLLC, Corp, Corporation, Ltd,
    /// PLC), as written in <paramref name="name"/>; null when there is none.
    /// </summary>
    public static TextMatch? FindBusinessForm(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        return TextMatch.First(BusinessForm(), name);
    }

    /// <summary>Lower-case, accent-free words; "&amp;" is "and", apostrophes vanish, initialisms close up ("l.l.c." is "llc").</summary>
    internal static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var sb = new StringBuilder();
        var singles = new StringBuilder(); // run of one-letter words: "l l c" becomes "llc"
        foreach (var c in text)
        {
            if (c == '&')
            {
                Flush();
                FlushSingles();
                tokens.Add("and");
            }
            else if (c is '\'' or '’' or '`' or 'ʼ')
            {
                // "Joe's" -> "joes", "O'Brien" -> "obrien"
            }
            else if (char.IsLetterOrDigit(c))
            {
                if (Fold.Expansion(c) is { } e) sb.Append(e);
                else sb.Append(Fold.Letter(c));
            }
            else
            {
                Flush();
            }
        }
        Flush();
        FlushSingles();
        return tokens;

        void Flush()
        {
            if (sb.Length == 0) return;
            if (sb.Length == 1 && char.IsLetter(sb[0]))
            {
                singles.Append(sb[0]);
            }
            else
            {
                FlushSingles();
                tokens.Add(sb.ToString());
            }
            sb.Clear();
        }

        void FlushSingles()
        {
            if (singles.Length == 0) return;
            tokens.Add(singles.ToString());
            singles.Clear();
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:inc|incorporated|llc|l\.\s?l\.\s?c|llp|l\.\s?l\.\s?p|lllp|pllc|p\.\s?l\.\s?l\.\s?c|corp|corporation|ltd|plc)(?![\p{L}\p{N}])\.?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex BusinessFormShared();
    private static Regex BusinessForm() => ThreadRegex.Local(BusinessFormShared());
}

using System.Text.RegularExpressions;

namespace Preflight.Core.Text;

/// <summary>Finds phone numbers in North American (NANP) and E.164 forms.</summary>
public static partial class Phones
{
    public static IReadOnlyList<TextMatch> Find(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        List<TextMatch>? list = null;
        foreach (Match m in PhonePattern().Matches(text))
            (list ??= []).Add(TextMatch.Of(m));
        return list ?? (IReadOnlyList<TextMatch>)[];
    }

    /// <summary>The digits of a number, without punctuation; NANP numbers come back as 11 digits starting with 1.</summary>
    public static string Digits(string phone)
    {
        var d = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return d.Length == 10 ? "1" + d : d;
    }

    [GeneratedRegex(@"(?<![\w+])(?:\+1[\s.\-]?|1[\s.\-])?(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}[\s.\-])[2-9]\d{2}[\s.\-]\d{4}(?!\d)|(?<![\w+])\+1[2-9]\d{2}[2-9]\d{6}(?!\d)|(?<![\w+])\+(?:[2-9]\d{7,13})(?!\d)|(?<![\w+\-.])[2-9]\d{2}[2-9]\d{6}(?![\d\-])|(?<![\w+])1[\s.\-]?8(?:00|33|44|55|66|77|88)[\s.\-]?[A-Z]{3}[\s.\-]?[A-Z]{4}\b", RegexOptions.CultureInvariant, 250)]
    private static partial Regex PhonePattern();
}

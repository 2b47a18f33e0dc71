using System.Text.RegularExpressions;

namespace Preflight.Core.Text;

/// <summary>
/// Finds phone numbers in North American (NANP) and E.164 forms: "(303) 555-0142", "303.555.0142", "+1 303 555 0142",
/// "1-800-555-0199", "+447911123456". Dates, prices, ZIP codes, times and numbers labelled as order, tracking or
/// account numbers are not phone numbers.
/// </summary>
public static partial class Phones
{
    public static IReadOnlyList<TextMatch> Find(string? text)
    {
        if (string.IsNullOrEmpty(text) || !MayHoldNumber(text)) return [];
        List<TextMatch>? list = null;
        foreach (Match m in PhonePattern().Matches(text))
        {
            if (IsLabelledAsOtherNumber(text, m.Index)) continue;
            (list ??= []).Add(TextMatch.Of(m));
        }
        return list ?? (IReadOnlyList<TextMatch>)[];
    }

    // A number has at least seven digits, or is a toll-free vanity number ("1-800-FLOWERS").
    private static bool MayHoldNumber(string text)
    {
        var digits = 0;
        foreach (var c in text)
            if (char.IsAsciiDigit(c) && ++digits >= 7) return true;
        return digits >= 3 && text.Contains('8', StringComparison.Ordinal);
    }

    /// <summary>The digits of a number, without punctuation; NANP numbers come back as 11 digits starting with 1.</summary>
    public static string Digits(string phone)
    {
        var d = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return d.Length == 10 ? "1" + d : d;
    }

    // "Order #3035550142", "tracking no. 303-555-0142", "Acct: 3035550142".
    private static bool IsLabelledAsOtherNumber(string text, int index)
    {
        var from = Math.Max(0, index - 24);
        return OtherNumberLabel().IsMatch(text.AsSpan(from, index - from));
    }

    [GeneratedRegex(@"(?<![\w+#$€£/.\-])(?:\+1[\s.\-]?|1[\s.\-])?(?:\([2-9]\d{2}\)[\s.\-]?|[2-9]\d{2}[\s.\-])[2-9]\d{2}[\s.\-]\d{4}(?![\d\-/]|\.\d)|(?<![\w+])\+1[2-9]\d{2}[2-9]\d{6}(?!\d)|(?<![\w+])\+(?:[2-9]\d{7,13})(?!\d)|(?<![\w+#$€£\-./])[2-9]\d{2}[2-9]\d{6}(?![\d\-/]|[.,]\d)|(?<![\w+])1[\s.\-]?8(?:00|33|44|55|66|77|88)[\s.\-]?[A-Z]{3}[\s.\-]?[A-Z]{4}\b", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\b(?i:order|invoice|inv|tracking|track|confirmation|conf|reference|ref|account|acct|a/c|policy|claim|case|ticket|receipt|transaction|txn|id|serial|sku|item|po)\b\.?\s*(?:#|no\.?|number|num)?\s*[:#]?\s*$", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex OtherNumberLabel();
}

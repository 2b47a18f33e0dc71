using System.Text.RegularExpressions;

namespace Preflight.Core.Text;

/// <summary>
/// Finds phone numbers in North American (NANP) and E.164 forms: "(303) 555-0142", "303.555.0142", "+1 303 555 0142",
/// "1-800-555-0199", "+447911123456"; toll-free vanity numbers ("1-800-FLOWERS", "800-GOT-FOOD", "1-800-DRAIN-GUY");
/// and seven-digit local numbers after a word that offers a call ("Call us at 555-0122"). Dates, prices, ZIP codes,
/// times, ranges and numbers labelled as order, tracking or account numbers are not phone numbers.
/// </summary>
public static partial class Phones
{
    public static IReadOnlyList<TextMatch> Find(string? text)
    {
        if (string.IsNullOrEmpty(text) || !MayHoldNumber(text)) return [];
        return Search(text);
    }

    /// <summary><see cref="Find"/> without the digit counts that spare most texts the search: for the tests that hold the counts to it.</summary>
    internal static IReadOnlyList<TextMatch> Search(string text)
    {
        List<TextMatch>? list = null;
        foreach (Match m in PhonePattern().Matches(text))
        {
            if (IsLabelledAsOtherNumber(text, m.Index)) continue;
            if (m.Groups["vanity"] is { Success: true } v && !IsVanity(v.ValueSpan)) continue;
            (list ??= []).Add(TextMatch.Of(m));
        }
        return list ?? (IReadOnlyList<TextMatch>)[];
    }

    // The letters and digits after a toll-free code spell a number: seven of them, or eight or nine (extra letters are
    // common, "1-800-CONTACTS", "1-877-KARS-4-KIDS"), and at least three letters (all digits is an ordinary number).
    // Longer runs are words ("800-THREAD-COUNT").
    private static bool IsVanity(ReadOnlySpan<char> spelled)
    {
        int letters = 0, all = 0;
        foreach (var c in spelled)
        {
            if (char.IsAsciiLetter(c)) letters++;
            if (char.IsAsciiLetterOrDigit(c)) all++;
        }
        return all is >= 7 and <= 9 && letters >= 3;
    }

    // A number has at least seven digits, or is a toll-free vanity number ("1-800-FLOWERS"). And every form the pattern
    // takes holds four digits in a row (what \d takes: a decimal digit of any script) or a toll-free code, 8 and a
    // repeated digit ("800", "877"): a text with neither, however many digits it has ("Tue 3/14 at 10:30"), holds none.
    private static bool MayHoldNumber(string text)
    {
        var digits = 0;
        foreach (var c in text)
            if (char.IsAsciiDigit(c) && ++digits >= 7) break;
        if (digits < 7 && (digits < 3 || !text.Contains('8', StringComparison.Ordinal))) return false;
        return HasDigitRunOrTollFreeCode(text);
    }

    private static bool HasDigitRunOrTollFreeCode(string text)
    {
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsDigit(c)) { run = 0; continue; }
            if (++run >= 4) return true;
            if (c == '8' && i + 2 < text.Length && text[i + 1] == text[i + 2] && text[i + 1] is '0' or '3' or '4' or '5' or '6' or '7' or '8')
                return true;
        }
        return false;
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

    // The alternatives, in order: a NANP number with separators; +1 and ten digits; E.164; ten digits run together;
    // a toll-free vanity number as "1-800" and letters; a toll-free code and spelled groups joined by hyphens, upper
    // case ("800-GOT-FOOD", "1-800-DRAIN-GUY", "1-877-KARS-4-KIDS") or capitalised after a leading 1
    // ("1-800-Got-Junk"), with a hyphen or dot after the code (a space would join words: "800 DOLLARS"), checked by
    // IsVanity; a seven-digit local number, only right after "call", "phone", "dial",
    // "tel", "fax" or "text us" ("Call us at 555-0122"), so that ranges ("500-1000 units") stay numbers.
    [GeneratedRegex(@"(?<![\w+#$€£/.\-])(?:\+1[\s.\-]?|1[\s.\-])?(?:\([2-9]\d{2}\)[\s.\-]?|[2-9]\d{2}[\s.\-])[2-9]\d{2}[\s.\-]\d{4}(?![\d\-/]|\.\d)|(?<![\w+])\+1[2-9]\d{2}[2-9]\d{6}(?!\d)|(?<![\w+])\+(?:[2-9]\d{7,13})(?!\d)|(?<![\w+#$€£\-./])[2-9]\d{2}[2-9]\d{6}(?![\d\-/]|[.,]\d)|(?<![\w+])1[\s.\-]?8(?:00|33|44|55|66|77|88)[\s.\-]?[A-Z]{3}[\s.\-]?[A-Z]{4}\b|(?<![\w+#$€£/.\-])(?:(?:\+1|1)[\s.\-]?(?:\(8(?:00|33|44|55|66|77|88)\)\s?|8(?:00|33|44|55|66|77|88)[.\-])(?<vanity>[A-Z0-9][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*){0,3})|(?:\(8(?:00|33|44|55|66|77|88)\)\s?|8(?:00|33|44|55|66|77|88)[.\-])(?<vanity>[A-Z0-9]+(?:-[A-Z0-9]+){0,3}))(?![\w\-])|(?<=\b(?i:call|phone|telephone|tel|dial|fax|text\s+us|txt\s+us)(?:\s+(?i:us|me|our\s+office|the\s+office|anytime|today|now))?(?:\s+(?i:at|on))?\s*[:.]?\s*)[2-9]\d{2}[\-.]\d{4}(?![\w\-/]|[.,]\d)", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex PhonePatternShared();
    private static Regex PhonePattern() => ThreadRegex.Local(PhonePatternShared());

    [GeneratedRegex(@"\b(?i:order|invoice|inv|tracking|track|confirmation|conf|reference|ref|account|acct|a/c|policy|claim|case|ticket|receipt|transaction|txn|id|serial|sku|item|po)\b\.?\s*(?:#|no\.?|number|num)?\s*[:#]?\s*$", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex OtherNumberLabelShared();
    private static Regex OtherNumberLabel() => ThreadRegex.Local(OtherNumberLabelShared());
}

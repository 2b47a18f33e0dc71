using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.Brand;

/// <summary>Identity checks compare the legal name with the IRS record, which keeps only letters, digits, hyphens and ampersands.</summary>
public sealed class LegalNameSpecialCharactersRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF400",
        Title = "Legal company name contains special characters",
        Area = RuleArea.Brand,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "Enter the legal name exactly as the first name line of the IRS letter (CP-575) shows it, adding the second line only if needed, and leave out punctuation other than hyphens (-) and ampersands (&): \"Joes Pizza & Grill LLC\", not \"Joe's Pizza & Grill, L.L.C.\".",
    };

    public override Check Evaluate(RuleContext context)
    {
        var name = context.Brand.CompanyName;
        if (string.IsNullOrWhiteSpace(name)) return Check.Passed("no legal company name");
        var findings = new List<Finding>();
        var seen = new HashSet<char>();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsLetterOrDigit(c) || c is ' ' or '-' or '&' || !seen.Add(c)) continue;
            if (char.IsWhiteSpace(c) && (i == 0 || i == name.Length - 1)) continue; // stray edge whitespace is not part of the name
            var count = name.AsSpan().Count(c);
            findings.Add(new Finding(
                $"The legal name \"{name.Trim()}\" contains {Describe(c)}{(count > 1 ? $" ({count} times)" : "")}; only letters, digits, spaces, hyphens and ampersands match the IRS record reliably.",
                Evidence.Words(Fields.CompanyName, name, i, 1)));
        }
        return Check.From(findings);
    }

    private static string Describe(char c) => c switch
    {
        '\'' => "an apostrophe (')",
        '’' or '‘' => $"a typographic apostrophe ({c})",
        '.' => "a period (.)",
        ',' => "a comma (,)",
        '"' or '“' or '”' => $"a quotation mark ({c})",
        '/' => "a slash (/)",
        '(' or ')' => $"a parenthesis ({c})",
        '!' => "an exclamation mark (!)",
        '+' => "a plus sign (+)",
        '@' => "an at sign (@)",
        '#' => "a number sign (#)",
        ':' => "a colon (:)",
        ';' => "a semicolon (;)",
        '*' => "an asterisk (*)",
        '_' => "an underscore (_)",
        '®' => "a registered sign (®)",
        '™' => "a trade mark sign (™)",
        '\t' => "a tab",
        '\u00A0' => "a non-breaking space",
        '–' or '—' => $"a dash ({c}) that is not a plain hyphen",
        _ when char.IsControl(c) || char.IsWhiteSpace(c) || c is >= '\u0300' and <= '\u036F' || c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF'
            => $"the invisible character U+{(int)c:X4}",
        _ => $"the character \"{c}\"",
    };
}

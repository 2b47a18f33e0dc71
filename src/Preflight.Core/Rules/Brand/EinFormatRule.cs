using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.Brand;

/// <summary>A US EIN is nine digits, written XX-XXXXXXX, with a prefix the IRS assigns.</summary>
public sealed class EinFormatRule : Rule
{
    // Prefixes the IRS has assigned to its campuses and online issuance; others are not valid EINs.
    private static readonly HashSet<string> Prefixes =
    [
        "01", "02", "03", "04", "05", "06", "10", "11", "12", "13", "14", "15", "16", "20", "21", "22", "23", "24", "25",
        "26", "27", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45", "46",
        "47", "48", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66",
        "67", "68", "71", "72", "73", "74", "75", "76", "77", "80", "81", "82", "83", "84", "85", "86", "87", "88", "90",
        "91", "92", "93", "94", "95", "98", "99",
    ];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF402",
        Title = "EIN is not a valid nine-digit US employer number",
        Area = RuleArea.Brand,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Copy the EIN from the IRS letter (CP-575) or a tax return: nine digits, written XX-XXXXXXX or as nine digits without the hyphen. Do not enter a Social Security number or a state tax number.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var b = context.Brand;
        if (!BrandFacts.IsBusiness(b)) return Check.Passed("sole proprietors have no EIN to check");
        if (!BrandFacts.IsUsTaxId(b)) return Check.Passed($"the tax number was issued in {b.EinIssuingCountry!.Trim()}, not the US");
        if (string.IsNullOrWhiteSpace(b.Ein)) return Check.Passed("no EIN given (PF401)");
        var ein = b.Ein.Trim();
        var digits = BrandFacts.Digits(ein);
        string? problem = null;
        if (digits.Length != 9)
            problem = $"has {digits.Length} digits; a US EIN has nine";
        else if (ein.Length == 11 && ein[3] == '-' && ein[6] == '-')
            problem = "is written like a Social Security number (XXX-XX-XXXX), not an EIN (XX-XXXXXXX)";
        else if (!(ein.Length == 9 || (ein.Length == 10 && ein[2] == '-')))
            problem = "is not written as XX-XXXXXXX";
        else if (digits.AsSpan().IndexOfAnyExcept(digits[0]) < 0 || digits is "123456789" or "987654321")
            problem = "is a placeholder, not a real EIN";
        else if (!Prefixes.Contains(digits[..2]))
            problem = $"starts with {digits[..2]}, a prefix the IRS does not assign";
        if (problem is null) return Check.Pass;
        return Check.Fail(new Finding($"The EIN \"{ein}\" {problem}.", Evidence.Field(Fields.Ein, b.Ein)));
    }
}

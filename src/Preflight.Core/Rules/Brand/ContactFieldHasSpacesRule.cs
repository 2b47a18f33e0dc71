using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.Brand;

/// <summary>E-mail addresses and phone numbers must be entered without any spaces.</summary>
public sealed class ContactFieldHasSpacesRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "6102",
        Title = "E-mail or phone number contains spaces",
        Area = RuleArea.Brand,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Remove every space from the brand's e-mail and phone fields, including spaces pasted before or after the value. Write phone numbers in E.164 form (+13035550142).",
    };

    public override Check Evaluate(RuleContext context)
    {
        var b = context.Brand;
        var findings = new List<Finding>();
        Inspect(Fields.Email, "e-mail", b.Email);
        Inspect(Fields.BusinessContactEmail, "business contact e-mail", b.BusinessContactEmail);
        Inspect(Fields.Phone, "phone number", b.Phone);
        Inspect(Fields.MobilePhone, "mobile phone number", b.MobilePhone);
        return Check.From(findings);

        void Inspect(string pointer, string what, string? value)
        {
            if (string.IsNullOrEmpty(value) || !value.Any(char.IsWhiteSpace)) return;
            var leading = value.Length - value.TrimStart().Length;
            var trailing = value.Length - value.TrimEnd().Length;
            var inside = value.Trim().Count(char.IsWhiteSpace);
            var where = new List<string>(3);
            if (leading > 0) where.Add(leading == 1 ? "a leading space" : $"{leading} leading spaces");
            if (inside > 0) where.Add(inside == 1 ? "a space inside" : $"{inside} spaces inside");
            if (trailing > 0) where.Add(trailing == 1 ? "a trailing space" : $"{trailing} trailing spaces");
            findings.Add(new Finding(
                $"The {what} \"{value}\" contains {string.Join(", ", where)}; write it as \"{string.Concat(value.Where(c => !char.IsWhiteSpace(c)))}\".",
                Evidence.Field(pointer, value)));
        }
    }
}

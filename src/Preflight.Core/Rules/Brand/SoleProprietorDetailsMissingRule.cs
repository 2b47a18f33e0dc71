using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.Brand;

/// <summary>A sole proprietor is identified by their own name and a mobile number that receives the verification code.</summary>
public sealed class SoleProprietorDetailsMissingRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF405",
        Title = "Sole proprietor lacks first name, last name or mobile phone",
        Area = RuleArea.Brand,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Give the owner's first and last name and a US mobile number they can receive a text on: the registry texts a one-time code to that number to verify a sole-proprietor brand.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var b = context.Brand;
        if (!BrandFacts.IsSoleProprietor(b)) return Check.Passed("not a sole-proprietor brand");
        var findings = new List<Finding>();
        Require(Fields.FirstName, b.FirstName, "the owner's first name");
        Require(Fields.LastName, b.LastName, "the owner's last name");
        Require(Fields.MobilePhone, b.MobilePhone, "a mobile phone number for the verification text");
        return Check.From(findings);

        void Require(string pointer, string? value, string what)
        {
            if (!string.IsNullOrWhiteSpace(value)) return;
            findings.Add(new Finding($"The sole-proprietor brand gives no {what}.", Evidence.Field(pointer, value)));
        }
    }
}

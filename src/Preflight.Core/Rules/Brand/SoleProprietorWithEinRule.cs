using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.Brand;

/// <summary>The EIN field of a sole-proprietor brand must stay empty.</summary>
public sealed class SoleProprietorWithEinRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF403",
        Equivalents = ["30903"],
        Title = "Sole-proprietor brand gives an EIN",
        Area = RuleArea.Brand,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Leave the EIN empty for a sole proprietor, who is identified by name, address and mobile phone. If the business has an EIN, it is not eligible as a sole proprietor: register it with its real entity type instead.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var b = context.Brand;
        if (!BrandFacts.IsSoleProprietor(b)) return Check.Passed("not a sole-proprietor brand");
        if (string.IsNullOrWhiteSpace(b.Ein)) return Check.Pass;
        return Check.Fail(new Finding(
            $"The sole-proprietor brand \"{BrandFacts.Name(b)}\" fills in the EIN field with \"{b.Ein.Trim()}\".",
            Evidence.Field(Fields.Ein, b.Ein)));
    }
}

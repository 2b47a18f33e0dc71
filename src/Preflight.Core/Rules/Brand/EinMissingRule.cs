using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.Brand;

/// <summary>Every brand except a sole proprietor is verified by its tax number.</summary>
public sealed class EinMissingRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF401",
        Title = "EIN is missing",
        Area = RuleArea.Brand,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Enter the organisation's EIN (for US entities the nine digits from the IRS letter, XX-XXXXXXX) together with the legal name that goes with it.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var b = context.Brand;
        if (!BrandFacts.IsBusiness(b)) return Check.Passed("only companies, non-profits and government bodies need an EIN");
        if (BrandFacts.Digits(b.Ein).Length > 0) return Check.Pass;
        return Check.Fail(new Finding(
            $"The brand is registered as {BrandFacts.EntityType(b)} but gives no EIN; the registry verifies such brands by their EIN and legal name.",
            Evidence.Field(Fields.Ein, b.Ein)));
    }
}

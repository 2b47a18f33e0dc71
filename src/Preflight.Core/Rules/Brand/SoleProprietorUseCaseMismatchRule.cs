using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.Brand;

/// <summary>Sole-proprietor brands get the SOLE_PROPRIETOR use case, and only they do.</summary>
public sealed class SoleProprietorUseCaseMismatchRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF409",
        Title = "Use case does not match the sole-proprietor status",
        Area = RuleArea.Brand,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "A sole-proprietor brand registers its one campaign with the SOLE_PROPRIETOR use case (standard use cases are closed to it; POLITICAL only with a political vetting for a state, local or tribal race). A company brand picks a standard or special use case instead of SOLE_PROPRIETOR.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var b = context.Brand;
        var raw = context.Campaign.Usecase;
        if (string.IsNullOrWhiteSpace(raw) || string.IsNullOrWhiteSpace(b.EntityType)) return Check.Passed("no use case or entity type to compare");
        var sole = BrandFacts.IsSoleProprietor(b);
        if (sole && !BrandFacts.UpperIs(raw, UseCases.SoleProprietor, UseCases.Political))
            return Check.Fail(new Finding(
                $"The sole-proprietor brand \"{BrandFacts.Name(b)}\" registers a {raw.Trim().ToUpperInvariant()} campaign; sole proprietors can only use the SOLE_PROPRIETOR use case.",
                Evidence.Field(Fields.Usecase, raw)));
        if (!sole && BrandFacts.UpperIs(raw, UseCases.SoleProprietor))
            return Check.Fail(new Finding(
                $"The campaign uses the SOLE_PROPRIETOR use case, but the brand is registered as {BrandFacts.EntityType(b)}; that use case is only for individuals without an EIN.",
                Evidence.Field(Fields.Usecase, raw)));
        return Check.Pass;
    }
}

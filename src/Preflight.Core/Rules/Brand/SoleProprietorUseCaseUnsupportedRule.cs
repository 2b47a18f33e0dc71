using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.Brand;

/// <summary>Some aggregators do not carry the sole-proprietor use case at all.</summary>
public sealed class SoleProprietorUseCaseUnsupportedRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "802",
        Equivalents = ["6100"],
        Title = "Sole-proprietor use case may not be supported by your provider",
        Area = RuleArea.Brand,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "Ask your messaging provider whether it accepts SOLE_PROPRIETOR campaigns before you pay for vetting; some aggregators (Bandwidth among them) decline them as not yet authorised. If yours does not, register through a provider that does, or, if the business has an EIN, register it as a company with a standard use case.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var usecase = context.Campaign.Usecase?.Trim();
        if (!string.Equals(usecase, UseCases.SoleProprietor, StringComparison.OrdinalIgnoreCase))
            return Check.Passed("the campaign does not use the sole-proprietor use case");
        return Check.Fail(new Finding(
            "The campaign uses the SOLE_PROPRIETOR use case; whether it can be registered depends on the provider, and some aggregators reject it as not authorised.",
            Evidence.Field(Fields.Usecase, context.Campaign.Usecase)));
    }
}

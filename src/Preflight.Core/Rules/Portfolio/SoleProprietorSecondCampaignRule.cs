using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.Portfolio;

/// <summary>A sole-proprietor brand gets one campaign.</summary>
public sealed class SoleProprietorSecondCampaignRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF410",
        Title = "Sole-proprietor brand has more than one campaign",
        Area = RuleArea.Portfolio,
        Severity = Severity.Rejection,
        Needs = Needs.Portfolio,
        Fix = "Keep a single campaign for a sole-proprietor brand (it can carry up to five phone numbers). If the business needs more campaigns, it needs an EIN and a PRIVATE_PROFIT brand.",
    };

    public override Check Evaluate(RuleContext context)
    {
        if (!context.Brand.IsSoleProprietor) return Check.Passed("not a sole-proprietor brand");
        var view = context.Portfolio!;
        if (view.BrandCampaignCount <= 1) return Check.Pass;
        var others = view.BrandCampaignCount - 1;
        return Check.Fail(new Finding(
            $"This sole-proprietor brand has {view.BrandCampaignCount} campaigns in the portfolio; the registry allows one. The other{(others == 1 ? " is" : "s are")} {PortfolioFindings.List(view.OtherBrandCampaigns, others)}.",
            PortfolioFindings.Evidence(Fields.EntityType, context.Brand.EntityType)));
    }
}

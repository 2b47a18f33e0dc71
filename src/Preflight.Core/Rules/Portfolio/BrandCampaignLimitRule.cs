using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.Portfolio;

/// <summary>The registry caps a brand at 100 campaigns.</summary>
public sealed class BrandCampaignLimitRule : Rule
{
    /// <summary>Campaigns one brand may have.</summary>
    public const int Limit = 100;

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF411",
        Equivalents = ["30930"],
        Title = "Brand has more than 100 campaigns",
        Area = RuleArea.Portfolio,
        Severity = Severity.Rejection,
        Needs = Needs.Portfolio,
        Fix = "Deactivate campaigns the brand no longer uses, or merge campaigns that serve the same purpose, so the brand stays at 100 campaigns or fewer.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var view = context.Portfolio!;
        if (view.BrandCampaignCount <= Limit) return Check.Pass;
        var name = context.Brand.DisplayName ?? context.Brand.CompanyName;
        return Check.Fail(new Finding(
            $"The brand \"{name}\" has {view.BrandCampaignCount} campaigns in this portfolio; a brand may have at most {Limit}.",
            PortfolioFindings.Evidence(Fields.Brand, name)));
    }
}

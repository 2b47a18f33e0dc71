using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.Portfolio;

/// <summary>The same campaign registered again under another campaign ID looks like snowshoeing.</summary>
public sealed class DuplicateCampaignRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "6101",
        Title = "Campaign duplicates another campaign of the same brand",
        Area = RuleArea.Portfolio,
        Severity = Severity.Rejection,
        Needs = Needs.Portfolio,
        Fix = "Register one campaign per purpose. If you cloned it to get more phone numbers, ask for a number pool on the existing campaign instead. If the campaigns really serve different purposes, make the description, message flow and samples show the difference. If identical campaigns are truly needed, open an appeal that explains why rather than resubmitting.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var view = context.Portfolio!;
        var total = Math.Max(view.DuplicateCampaignTotal, view.DuplicateCampaigns.Count);
        if (total == 0) return Check.Passed($"no other campaign of this brand among {view.Size} submissions has the same content");
        var others = total == 1 ? "another campaign" : $"{total} other campaigns";
        return Check.Fail(new Finding(
            $"The description, message flow and samples match {others} of the same brand in this portfolio: {PortfolioFindings.List(view.DuplicateCampaigns, total, similarity: true)}. Copies under different campaign IDs are rejected as snowshoeing.",
            PortfolioFindings.Evidence(Fields.Description, context.Campaign.Description)));
    }
}

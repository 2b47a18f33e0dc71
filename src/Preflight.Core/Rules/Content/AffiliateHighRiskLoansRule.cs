using Preflight.Core.Engine;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Content;

/// <summary>Affiliate marketing in the description or flow together with high-risk loans in the campaign or on the website.</summary>
public sealed class AffiliateHighRiskLoansRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "3101",
        Equivalents = ["30885"],
        Title = "Affiliate marketing together with high-risk financial loans",
        Area = RuleArea.Content,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Lead generation, affiliate marketing and high-risk financial services are each prohibited on 10DLC, and this campaign combines them; do not resubmit it.",
        DoNotResubmit = true,
    };

    public override Check Evaluate(RuleContext context)
    {
        var affiliate = ContentFindings.Mentions(context, ContentCategory.AffiliateLeadGen, ContentEvidence.DescriptionAndFlow);
        var affiliateFindings = ContentFindings.Findings(affiliate, m =>
            $"{ContentFindings.Capital(m.Where)} describes affiliate marketing: \"{m.Value}\".").ToList();
        if (context.Campaign.AffiliateMarketing == true)
            affiliateFindings.Add(LeadGenAffiliateMarketingRule.AffiliateAttribute());
        if (affiliateFindings.Count == 0) return Check.Pass;

        var risky = ContentFindings.Mentions(context, ContentCategory.HighRiskFinancial, ContentEvidence.CampaignText, ContentFindings.BrandPages);
        var riskyFindings = ContentFindings.Findings(risky, m =>
            $"{ContentFindings.Capital(m.Where)} features a high-risk financial product: \"{m.Value}\".").ToList();
        return riskyFindings.Count == 0 ? Check.Pass : Check.From(affiliateFindings.Concat(riskyFindings));
    }
}

using Preflight.Core.Engine;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Content;

/// <summary>The description or message flow describes affiliate marketing or lead generation, or the attribute says so.</summary>
public sealed class AffiliateMarketingDescriptionRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "3102",
        Equivalents = ["708"],
        Title = "Description or message flow involves affiliate marketing",
        Area = RuleArea.Content,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Affiliate marketing and lead generation are not allowed on 10DLC; do not resubmit this campaign.",
        DoNotResubmit = true,
    };

    public override Check Evaluate(RuleContext context)
    {
        var mentions = ContentFindings.Mentions(context, ContentCategory.AffiliateLeadGen, ContentEvidence.DescriptionAndFlow);
        var findings = ContentFindings.Findings(mentions, m =>
            $"{ContentFindings.Capital(m.Where)} describes affiliate marketing or lead generation: \"{m.Value}\".").ToList();
        if (context.Campaign.AffiliateMarketing == true)
            findings.Add(LeadGenAffiliateMarketingRule.AffiliateAttribute());
        return Check.From(findings);
    }
}

using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Content;

/// <summary>Lead generation or affiliate marketing anywhere in the campaign, or declared with the attribute.</summary>
public sealed class LeadGenAffiliateMarketingRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "708",
        Equivalents = ["3102"],
        Title = "Lead generation or affiliate marketing",
        Area = RuleArea.Content,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Campaigns that generate leads, sell or share contact data, or send affiliate offers cannot run on 10DLC; do not resubmit this campaign. A business that only messages its own customers about its own services should say so, with no partner offers.",
        DoNotResubmit = true,
    };

    public override Check Evaluate(RuleContext context)
    {
        var mentions = ContentFindings.Mentions(context, ContentCategory.AffiliateLeadGen, ContentEvidence.CampaignText);
        var findings = ContentFindings.Findings(mentions, m =>
            $"{ContentFindings.Capital(m.Where)} describes lead generation or affiliate marketing: \"{m.Value}\".").ToList();
        if (context.Campaign.AffiliateMarketing == true)
            findings.Add(AffiliateAttribute());
        return Check.From(findings);
    }

    internal static Finding AffiliateAttribute() => new(
        "The campaign declares affiliate marketing (affiliateMarketing is true).",
        Evidence.Field(Fields.AffiliateMarketing, "true"));
}

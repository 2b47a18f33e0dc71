using Preflight.Core.Engine;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Content;

/// <summary>Campaigns and brands related to cannabis, hemp or CBD are not allowed on 10DLC: reads the campaign's text, the brand's names and, when gathered, the brand's pages.</summary>
public sealed class CannabisContentRule : Rule
{
    private static readonly string[] Read = [.. ContentEvidence.CampaignText, .. ContentEvidence.BrandNames];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "701",
        Equivalents = ["30883"],
        Title = "Cannabis, hemp or CBD content",
        Area = RuleArea.Content,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Cannabis, hemp and CBD cannot be messaged over 10DLC in any form, even as a side line on the brand's website. No edit makes this campaign acceptable; do not resubmit it. If the business also sells other things, remove every cannabis, hemp and CBD product from the website and register a campaign about the rest only after that.",
        DoNotResubmit = true,
    };

    public override Check Evaluate(RuleContext context)
    {
        var mentions = ContentFindings.Mentions(context, ContentCategory.Cannabis, Read, ContentFindings.BrandPages);
        var findings = ContentFindings.Findings(mentions, m =>
            $"{ContentFindings.Capital(m.Where)} mentions cannabis, hemp or CBD: \"{m.Value}\".").ToList();
        return Check.From(findings);
    }
}

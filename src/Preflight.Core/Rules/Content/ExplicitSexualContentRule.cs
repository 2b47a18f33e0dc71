using Preflight.Core.Engine;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Content;

/// <summary>Explicit sexual content is not allowed on 10DLC: reads the campaign's text, the brand's names and, when gathered, the brand's pages.</summary>
public sealed class ExplicitSexualContentRule : Rule
{
    private static readonly string[] Read = [.. ContentEvidence.CampaignText, .. ContentEvidence.BrandNames];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "703",
        Equivalents = ["30883"],
        Title = "Explicit sexual content",
        Area = RuleArea.Content,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Explicit sexual content cannot be messaged over 10DLC; do not resubmit this campaign. A brand whose business is adult content has no 10DLC route.",
        DoNotResubmit = true,
    };

    public override Check Evaluate(RuleContext context)
    {
        var mentions = ContentFindings.Mentions(context, ContentCategory.Sexual, Read, ContentFindings.BrandPages);
        var findings = ContentFindings.Findings(mentions, m =>
            $"{ContentFindings.Capital(m.Where)} mentions explicit sexual content: \"{m.Value}\".").ToList();
        return Check.From(findings);
    }
}

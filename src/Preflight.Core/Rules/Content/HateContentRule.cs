using Preflight.Core.Engine;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Content;

/// <summary>Hate speech is not allowed on 10DLC: reads the campaign's text, the brand's names and, when gathered, the brand's pages.</summary>
public sealed class HateContentRule : Rule
{
    private static readonly string[] Read = [.. ContentEvidence.CampaignText, .. ContentEvidence.BrandNames];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "705",
        Equivalents = ["30883"],
        Title = "Hate speech",
        Area = RuleArea.Content,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Hate speech cannot be messaged over 10DLC; do not resubmit this campaign.",
        DoNotResubmit = true,
    };

    public override Check Evaluate(RuleContext context)
    {
        var mentions = ContentFindings.Mentions(context, ContentCategory.Hate, Read, ContentFindings.BrandPages);
        var findings = ContentFindings.Findings(mentions, m =>
            $"{ContentFindings.Capital(m.Where)} mentions hate speech: \"{m.Value}\".").ToList();
        return Check.From(findings);
    }
}

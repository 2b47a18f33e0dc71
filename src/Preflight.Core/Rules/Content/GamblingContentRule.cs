using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Content;

/// <summary>Gambling is not allowed on 10DLC: reads the campaign's text, the brand's names and, when gathered, the brand's pages.</summary>
public sealed class GamblingContentRule : Rule
{
    private static readonly string[] Read = [.. ContentEvidence.CampaignText, .. ContentEvidence.BrandNames];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "704",
        Equivalents = [],
        Title = "Gambling content",
        Area = RuleArea.Content,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Casinos, betting, online slots and poker cannot be messaged over 10DLC; do not resubmit this campaign. Sweepstakes with no purchase required use the SWEEPSTAKE use case instead; real-money gambling has no 10DLC route.",
        DoNotResubmit = true,
    };

    public override Check Evaluate(RuleContext context)
    {
        var mentions = ContentFindings.Mentions(context, ContentCategory.Gambling, Read, ContentFindings.BrandPages);
        var findings = ContentFindings.Findings(mentions, m =>
            $"{ContentFindings.Capital(m.Where)} mentions gambling: \"{m.Value}\".").ToList();
        if (string.Equals(context.Brand.Vertical, "GAMBLING", StringComparison.OrdinalIgnoreCase))
            findings.Add(new Finding(
                "The brand's vertical is GAMBLING: gambling brands cannot message over 10DLC.",
                Evidence.Field(Fields.BrandVertical, context.Brand.Vertical)));
        return Check.From(findings);
    }
}

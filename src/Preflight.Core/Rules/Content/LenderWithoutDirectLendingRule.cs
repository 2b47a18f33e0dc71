using Preflight.Core.Engine;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Content;

/// <summary>The campaign reads as a lending arrangement (loan offers, loan qualification in the samples) without the attribute.</summary>
public sealed class LenderWithoutDirectLendingRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "712",
        Equivalents = ["3103", "30895"],
        Title = "Campaign looks like direct lending but the attribute is not selected",
        Area = RuleArea.Content,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Create the campaign again with \"direct lending or loan arrangement\" selected (directLending = true); existing campaigns cannot change it. Samples that qualify people for loans, quote loan offers or chase loan applications always need it.",
    };

    public override Check Evaluate(RuleContext context)
    {
        if (context.Campaign.DirectLending == true) return Check.Passed("the campaign declares direct lending");
        var mentions = ContentFindings.Mentions(context, ContentCategory.DirectLending, ContentEvidence.CampaignText);
        return Check.From(ContentFindings.Findings(mentions, m =>
            $"{ContentFindings.Capital(m.Where)} reads as a loan arrangement (\"{m.Value}\") but directLending is not set."));
    }
}

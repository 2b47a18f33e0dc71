using Preflight.Core.Engine;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Content;

/// <summary>The description, message flow or website is about lending, but the directLending attribute is not set.</summary>
public sealed class DirectLendingAttributeMissingRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "3103",
        Equivalents = ["712", "30895"],
        Title = "Lending content without the direct lending attribute",
        Area = RuleArea.Content,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Create the campaign again with \"direct lending or loan arrangement\" selected in the content attributes (directLending = true); the attribute cannot be changed on an existing campaign. Every campaign of a lender needs it.",
    };

    public override Check Evaluate(RuleContext context)
    {
        if (context.Campaign.DirectLending == true) return Check.Passed("the campaign declares direct lending");
        var mentions = ContentFindings.Mentions(context, ContentCategory.DirectLending, ContentEvidence.DescriptionAndFlow, ContentFindings.BrandPages);
        return Check.From(ContentFindings.Findings(mentions, m =>
            $"{ContentFindings.Capital(m.Where)} is about lending (\"{m.Value}\") but directLending is not set."));
    }
}

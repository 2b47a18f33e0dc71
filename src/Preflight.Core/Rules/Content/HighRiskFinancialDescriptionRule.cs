using Preflight.Core.Engine;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Content;

/// <summary>The description or message flow relates the campaign to high-risk financial services.</summary>
public sealed class HighRiskFinancialDescriptionRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "3100",
        Equivalents = ["709", "30885"],
        Title = "Description or message flow relates to high-risk financial services",
        Area = RuleArea.Content,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "High-risk financial services (payday or title loans, debt relief, credit repair, tax-debt relief, crypto trading) are prohibited on 10DLC; do not resubmit this campaign.",
        DoNotResubmit = true,
    };

    public override Check Evaluate(RuleContext context)
    {
        var mentions = ContentFindings.Mentions(context, ContentCategory.HighRiskFinancial, ContentEvidence.DescriptionAndFlow);
        return Check.From(ContentFindings.Findings(mentions, m =>
            $"{ContentFindings.Capital(m.Where)} relates to a high-risk financial service: \"{m.Value}\"."));
    }
}

using Preflight.Core.Engine;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Content;

/// <summary>High-risk financial services (payday loans, debt relief, credit repair…) anywhere in the campaign or brand.</summary>
public sealed class HighRiskFinancialServicesRule : Rule
{
    private static readonly string[] Read = [.. ContentEvidence.CampaignText, .. ContentEvidence.BrandNames];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "709",
        Equivalents = ["3100", "30885"],
        Title = "High-risk financial services",
        Area = RuleArea.Content,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Payday and title loans, debt relief and consolidation, credit repair, tax-debt relief, crypto and get-rich offers are high-risk financial services and cannot run on 10DLC; do not resubmit this campaign.",
        DoNotResubmit = true,
    };

    public override Check Evaluate(RuleContext context)
    {
        var mentions = ContentFindings.Mentions(context, ContentCategory.HighRiskFinancial, Read, ContentFindings.BrandPages);
        return Check.From(ContentFindings.Findings(mentions, m =>
            $"{ContentFindings.Capital(m.Where)} offers a high-risk financial service: \"{m.Value}\"."));
    }
}

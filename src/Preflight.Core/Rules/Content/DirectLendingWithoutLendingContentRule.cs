using System.Text.RegularExpressions;
using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Content;

/// <summary>The directLending attribute is set, but nothing in the description, samples or website is about lending.</summary>
public sealed partial class DirectLendingWithoutLendingContentRule : Rule
{
    private static readonly string[] Read = [.. ContentEvidence.CampaignText, .. ContentEvidence.BrandNames];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "3107",
        Equivalents = ["30895"],
        Title = "Direct lending declared but nothing about lending",
        Area = RuleArea.Content,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Add a sample message about the lending the brand does (a loan payment reminder, an application status) that fits the brand and use case, or set directLending to false if no lending or financing messages will be sent.",
    };

    public override Check Evaluate(RuleContext context)
    {
        if (context.Campaign.DirectLending != true) return Check.Passed("direct lending is not declared");
        // Any lending word counts here, weak ones included ("loan", "financing"), and so do plain finance words:
        // the question is only whether lending is mentioned at all.
        var mentions = ContentFindings.Mentions(context, ContentCategory.DirectLending, Read, ContentFindings.BrandPages);
        if (mentions.Count > 0) return Check.Pass;
        foreach (var pointer in Read)
            if (FinanceWords().IsMatch(context.Text.Field(pointer).Text)) return Check.Pass;
        return Check.Fail(new Finding(
            "directLending is true, but the description, message flow, samples and brand say nothing about loans, credit or financing.",
            Evidence.Field(Fields.DirectLending, "true")));
    }

    [GeneratedRegex(@"\b(?:loan|lend|credit|financ|mortgage|borrow|apr\b|interest\s+rate|installment|repay|payoff|pay\s+off|lease)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex FinanceWordsShared();
    private static Regex FinanceWords() => ThreadRegex.Local(FinanceWordsShared());
}

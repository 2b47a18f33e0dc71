using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>
/// A call to action too thin to follow: a few words naming a method, or a keyword with no word on where consumers
/// learn of it.
/// </summary>
public sealed class OptInInstructionsInsufficientRule : Rule
{
    private const int MinWords = 12;

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2132",
        Equivalents = ["806", "30909"],
        Title = "Opt-in instructions are too thin to follow",
        Area = RuleArea.CallToAction,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "Write the message flow as a walk-through: where the consumer meets the offer to opt in, what they do (check the box, text the keyword, sign), what disclosure they see or hear, and for a keyword how they learn of it (signage, website, receipts, ads).",
    };

    public override Check Evaluate(RuleContext context)
    {
        var flow = context.Text.Field(Fields.MessageFlow);
        if (flow.IsEmpty) return Check.Passed("no message flow to check; 2100 and 806 report a missing call to action");
        // Counting stops at the threshold: the count is only told when it falls short.
        var words = CallToActionText.CountWords(flow.Text, MinWords);
        if (words < MinWords)
            return Check.Fail(new Finding(
                $"The message flow has only {words} words; reviewers cannot tell from it how consumers opt in.",
                Evidence.Field(Fields.MessageFlow, flow.Text)));
        if ((flow.OptInMethods & OptInMethod.Keyword) == OptInMethod.None) return Check.Pass;
        if (CallToActionText.FindKeywordPromotion(flow.Text) is not null) return Check.Pass;
        // A link that is not a policy is where the keyword is shown ("…or at this link").
        foreach (var u in flow.Urls)
            if (!CallToActionFacts.IsAnyPolicyUrl(context, flow.Text, u)) return Check.Pass;
        var keyword = OptInMethods.Find(flow.Text).First(m => m.Method == OptInMethod.Keyword).Match;
        return Check.Fail(new Finding(
            $"The message flow gives a keyword ({CallToActionFacts.Quote(keyword)}) but not how consumers learn of it (signage, website, receipts, ads or an attached screenshot).",
            Evidence.Words(Fields.MessageFlow, flow.Text, keyword.Start, keyword.Length)));
    }
}

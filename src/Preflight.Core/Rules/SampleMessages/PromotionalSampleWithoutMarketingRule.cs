using Preflight.Core.Engine;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.SampleMessages;

/// <summary>Offers and sales in the samples need MARKETING among the use cases.</summary>
public sealed class PromotionalSampleWithoutMarketingRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "8200",
        Equivalents = ["30893"],
        Title = "Promotional sample message but MARKETING is not a selected use case",
        Area = RuleArea.SampleMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Either register a campaign whose use cases include MARKETING, or take the offer, sale and coupon wording out of the samples if no promotions will be sent.",
    };

    public override Check Evaluate(RuleContext context)
    {
        if (!UseCaseSignals.ExcludesMarketing(context.Campaign))
            return Check.Passed("the use cases allow promotional messages");
        var findings = new List<Finding>();
        foreach (var s in context.Samples)
        {
            var promo = context.Text.Field(s.Pointer).Get(SampleFields.PromotionalFact);
            if (promo.Count == 0) continue;
            var words = SampleFields.Quote(promo.Select(p => p.Value));
            findings.Add(new Finding(
                $"{SampleFields.Name(s.Pointer)} is promotional ({words}) but the use case {context.Campaign.Usecase} does not include MARKETING.",
                Evidence.Words(s.Pointer, s.Value, promo[0].Start, promo[0].Length)));
        }
        return Check.From(findings);
    }
}

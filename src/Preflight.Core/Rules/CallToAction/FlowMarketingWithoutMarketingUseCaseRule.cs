using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Rules.SampleMessages;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>A call to action that promises promotions needs MARKETING among the use cases.</summary>
public sealed class FlowMarketingWithoutMarketingUseCaseRule : Rule
{
    private static readonly string[] Read = [Fields.MessageFlow, Fields.OptinMessage];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2200",
        Title = "Message flow mentions marketing but MARKETING is not a selected use case",
        Area = RuleArea.CallToAction,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Register a campaign whose use cases include MARKETING, or take the promotional wording out of the message flow and opt-in message if no offers will be sent.",
    };

    public override Check Evaluate(RuleContext context)
    {
        if (!UseCaseSignals.ExcludesMarketing(context.Campaign)) return Check.Passed("the use cases allow promotional messages");
        var findings = new List<Finding>();
        foreach (var pointer in Read)
        {
            var f = context.Text.Field(pointer);
            if (f.IsEmpty) continue;
            var promo = f.Get(SampleFields.PromotionalFact);
            if (promo.Count == 0) continue;
            findings.Add(new Finding(
                $"{(pointer == Fields.MessageFlow ? "The message flow" : "The opt-in message")} mentions {SampleFields.Quote(promo.Select(p => p.Value))} but the use case {context.Campaign.Usecase} does not include MARKETING.",
                Evidence.Words(pointer, f.Text, promo[0].Start, promo[0].Length)));
        }
        return Check.From(findings);
    }
}

using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Rules.SampleMessages;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Attributes;

/// <summary>A description that promises promotions needs MARKETING among the use cases.</summary>
public sealed class DescriptionMarketingWithoutMarketingUseCaseRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "3200",
        Equivalents = ["30886"],
        Title = "Description describes marketing but MARKETING is not a selected use case",
        Area = RuleArea.Attributes,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Register a campaign whose use cases include MARKETING, or remove the promotional wording from the description if no offers will be sent.",
    };

    public override Check Evaluate(RuleContext context)
    {
        if (!UseCaseSignals.ExcludesMarketing(context.Campaign))
            return Check.Passed("the use cases allow promotional messages");
        var field = context.Text.Field(Fields.Description);
        if (field.IsEmpty) return Check.Passed("no description to check");
        var promo = field.Get(SampleFields.PromotionalFact);
        if (promo.Count == 0) return Check.Pass;
        return Check.Fail(new Finding(
            $"The description mentions {SampleFields.Quote(promo.Select(p => p.Value))} but the use case {context.Campaign.Usecase} does not include MARKETING.",
            Evidence.Words(Fields.Description, field.Text, promo[0].Start, promo[0].Length)));
    }
}

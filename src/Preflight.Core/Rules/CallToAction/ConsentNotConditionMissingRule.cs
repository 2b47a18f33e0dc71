using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>Good practice: the consent wording says texts are not required to buy anything.</summary>
public sealed class ConsentNotConditionMissingRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF102",
        Title = "Message flow does not say consent is not a condition of purchase",
        Area = RuleArea.CallToAction,
        Severity = Severity.Advice,
        Needs = Needs.Submission,
        Fix = "Add \"Consent is not a condition of purchase.\" to the consent wording quoted in the message flow; it shows reviewers that opting in is voluntary.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var flow = context.Text.Field(Fields.MessageFlow);
        if (flow.IsEmpty) return Check.Passed("no message flow to check");
        if (Disclosures.FindConsentNotCondition(flow.Text) is not null) return Check.Pass;
        return Check.Fail(new Finding(
            "The message flow does not say that consent is not a condition of purchase.",
            Evidence.Field(Fields.MessageFlow, flow.Text)));
    }
}

using Preflight.Core.Engine;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>The call to action must tell consumers how to stop the messages.</summary>
public sealed class FlowMissingOptOutRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2138",
        Equivalents = ["861", "30909"],
        Title = "Message flow does not say how to opt out",
        Area = RuleArea.CallToAction,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Add opt-out instructions to the message flow and to the consent wording it quotes: \"Reply STOP to cancel\" or \"Text STOP to opt out at any time\".",
    };

    public override Check Evaluate(RuleContext context) =>
        FlowDisclosure.Require(context, f => f.OptOutInstruction, "STOP instructions", "\"Reply STOP to cancel\"");
}

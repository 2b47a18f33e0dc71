using Preflight.Core.Engine;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>The call to action must disclose the message frequency.</summary>
public sealed class FlowMissingFrequencyRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2135",
        Equivalents = ["861", "30909"],
        Title = "Message flow does not disclose how often messages are sent",
        Area = RuleArea.CallToAction,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Add a frequency disclosure to the message flow and to the consent wording it quotes: \"Msg frequency varies\", \"up to 4 msgs/mo\" or \"one message per order\".",
    };

    public override Check Evaluate(RuleContext context) =>
        FlowDisclosure.Require(context, f => f.Frequency, "how often messages will arrive", "\"Msg frequency varies\" or \"up to 4 msgs/mo\"");
}

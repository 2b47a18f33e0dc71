using Preflight.Core.Engine;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>The call to action must tell consumers what they are signing up for.</summary>
public sealed class FlowMissingMessageTypesRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2134",
        Equivalents = ["861", "30909"],
        Title = "Message flow does not say what kinds of messages will be sent",
        Area = RuleArea.CallToAction,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Say in the message flow what the texts will be about, in the words consumers see when they opt in: \"appointment reminders\", \"order and delivery updates\", \"weekly offers\".",
    };

    public override Check Evaluate(RuleContext context) =>
        FlowDisclosure.Require(context, f => f.Get(TextFacts.MessageTypeStated), "the kinds of messages consumers will get", "\"appointment reminders and confirmations\"");
}

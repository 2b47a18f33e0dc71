using Preflight.Core.Engine;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>The call to action must tell consumers how to get help.</summary>
public sealed class FlowMissingHelpRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2137",
        Equivalents = ["861", "30909"],
        Title = "Message flow does not say how to get help",
        Area = RuleArea.CallToAction,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Add HELP instructions to the message flow and to the consent wording it quotes: \"Reply HELP for help\".",
    };

    public override Check Evaluate(RuleContext context) =>
        FlowDisclosure.Require(context, f => f.HelpInstruction, "HELP instructions", "\"Reply HELP for help\"");
}

using Preflight.Core.Engine;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>The call to action must warn that carrier message and data rates may apply.</summary>
public sealed class FlowMissingRatesNoticeRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2136",
        Equivalents = ["861", "30909"],
        Title = "Message flow lacks \"message and data rates may apply\"",
        Area = RuleArea.CallToAction,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Add \"Msg & data rates may apply\" (or \"Message and data rates may apply\") to the message flow and to the consent wording it quotes.",
    };

    public override Check Evaluate(RuleContext context) =>
        FlowDisclosure.Require(context, f => f.RatesNotice, "the rates notice", "\"Msg & data rates may apply\"");
}

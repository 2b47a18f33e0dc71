using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>
/// The message flow itself says the SMS consent box starts checked ("already ticked for convenience", "pre-checked",
/// "checked by default"): consent is then not an act of the consumer. Read from the submission alone; the crawled page's
/// real state is 30925's to judge.
/// </summary>
public sealed class FlowSaysConsentPrecheckedRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF107",
        Equivalents = ["30925", "30896"],
        Title = "Message flow says the SMS consent box starts checked",
        Area = RuleArea.CallToAction,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Make the SMS consent box start unchecked (no checked attribute, no script that ticks it) so the consumer ticks it; then describe it in the message flow as an optional box, unchecked by default.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var flow = context.Text.Field(Fields.MessageFlow);
        var said = CallToActionText.FindPrecheckedConsent(flow.Text);
        if (said is not null)
            return Check.Fail(new Finding(
                $"The message flow says the SMS consent box starts checked ({CallToActionFacts.Quote(said)}); consent has to be a box the consumer ticks.",
                Evidence.Words(Fields.MessageFlow, flow.Text, said.Start, said.Length)));
        var description = context.Text.Field(Fields.Description);
        said = CallToActionText.FindPrecheckedConsent(description.Text);
        if (said is null) return Check.Pass;
        return Check.Fail(new Finding(
            $"The campaign description says the SMS consent box starts checked ({CallToActionFacts.Quote(said)}); consent has to be a box the consumer ticks.",
            Evidence.Words(Fields.Description, description.Text, said.Start, said.Length)));
    }
}

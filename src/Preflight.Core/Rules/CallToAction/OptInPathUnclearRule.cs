using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>The call to action has to name the place or path where consumers opt in (web form, keyword, paper, verbal…).</summary>
public sealed class OptInPathUnclearRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "806",
        Equivalents = ["2100", "2132", "30896"],
        Title = "Message flow does not say where or how consumers opt in",
        Area = RuleArea.CallToAction,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Name the opt-in path in the message flow: the web form and its URL, the keyword and the number to text, the paper form, or the verbal script staff read. List every path consumers can use.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var flow = context.Text.Field(Fields.MessageFlow);
        if (flow.IsEmpty)
            return Check.Fail(new Finding("The message flow is empty: it does not say where or how consumers opt in.", Evidence.Field(Fields.MessageFlow, flow.Text)));
        // Any method other than a spoken one is enough from the cached facts; "call us" alone is not a verbal opt-in.
        if ((flow.OptInMethods & ~OptInMethod.Verbal) != OptInMethod.None) return Check.Pass;
        if (CallToActionFacts.FlowMethods(context).Count > 0) return Check.Pass;
        return Check.Fail(new Finding(
            "The message flow does not name where or how consumers opt in (no web form or URL, keyword, paper form, app or verbal script).",
            Evidence.Field(Fields.MessageFlow, flow.Text)));
    }
}

using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>
/// With no website to look at, reviewers can verify the opt-in only from a complete description of an offline
/// opt-in in the message flow.
/// </summary>
public sealed class UnverifiableOptInRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "804",
        Equivalents = ["2100", "30909"],
        Title = "No website and no complete offline call to action to verify the opt-in",
        Area = RuleArea.CallToAction,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Give the brand's working website. If consumers opt in away from a website, describe that path completely in the message flow: where and how they opt in, the brand name, message types, frequency, \"Msg & data rates may apply\", HELP and STOP, one-to-one consent that is never shared.",
    };

    public override Check Evaluate(RuleContext context)
    {
        if (!string.IsNullOrWhiteSpace(context.Brand.Website))
            return Check.Passed("the brand gives a website; whether it works is for the website rules");
        var flow = context.Text.Field(Fields.MessageFlow);
        var evidence = Evidence.Field(Fields.MessageFlow, flow.Text);
        if (flow.IsEmpty)
            return Check.Fail(new Finding("The brand gives no website and the message flow is empty, so nothing shows how consumers opt in.", evidence));
        var methods = CallToActionText.Methods(CallToActionFacts.FlowMethods(context));
        if (methods == OptInMethod.None)
            return Check.Fail(new Finding("The brand gives no website and the message flow does not say where or how consumers opt in.", evidence));
        if ((methods & ~CallToActionText.Online) == OptInMethod.None)
            return Check.Fail(new Finding("The message flow describes an online opt-in but the brand gives no website where reviewers could see it.", evidence));
        var missing = CallToActionFacts.MissingFromFlow(context);
        if (missing.Count == 0) return Check.Pass;
        return Check.Fail(new Finding(
            $"The brand gives no website, so the offline opt-in must be described completely, but the message flow lacks {CallToActionFacts.Join(missing)}.",
            evidence));
    }
}

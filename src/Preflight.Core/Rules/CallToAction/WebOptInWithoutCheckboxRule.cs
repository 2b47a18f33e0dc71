using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>Good practice: a web opt-in describes its separate, unchecked SMS consent box.</summary>
public sealed class WebOptInWithoutCheckboxRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF106",
        Equivalents = ["803", "30925"],
        Title = "Web opt-in does not mention a consent checkbox",
        Area = RuleArea.CallToAction,
        Severity = Severity.Advice,
        Needs = Needs.Submission,
        Fix = "Say in the message flow that the web form has a separate SMS consent checkbox, unchecked by default and not required, with the disclosure beside it; reviewers reject forms where submitting alone counts as consent.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var flow = context.Text.Field(Fields.MessageFlow);
        if ((flow.OptInMethods & OptInMethod.Website) == OptInMethod.None && !flow.Text.Contains("online", StringComparison.OrdinalIgnoreCase))
            return Check.Passed("the message flow describes no web opt-in");
        if (CallToActionText.FindCheckbox(flow.Text) is not null) return Check.Pass;
        var methods = CallToActionFacts.FlowMethods(context);
        // A keyword opt-in that is only advertised on the website has no form to tick.
        if (methods.Any(m => m.Method == OptInMethod.Keyword) && !CallToActionText.MentionsForm(flow.Text))
            return Check.Passed("the opt-in is a keyword; the website only advertises it");
        var web = methods.FirstOrDefault(m => m.Method == OptInMethod.Website);
        if (web is null) return Check.Passed("the message flow describes no web opt-in");
        return Check.Fail(new Finding(
            $"The message flow describes a web opt-in ({CallToActionFacts.Quote(web.Match)}) without mentioning an SMS consent checkbox.",
            Evidence.Words(Fields.MessageFlow, flow.Text, web.Match.Start, web.Match.Length)));
    }
}

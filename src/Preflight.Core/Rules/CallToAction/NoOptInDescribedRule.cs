using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>Neither the description nor the message flow says anything about consumers opting in.</summary>
public sealed class NoOptInDescribedRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2100",
        Equivalents = ["804", "806", "30896"],
        Title = "No opt-in of any kind is described",
        Area = RuleArea.CallToAction,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Describe in the message flow how consumers agree to receive texts: where they opt in (web form with its URL, keyword and number, paper form, verbal script), what they see or hear at that moment, and the disclosures shown there.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var flow = context.Text.Field(Fields.MessageFlow);
        var description = context.Text.Field(Fields.Description);
        if (flow.Get(TextFacts.ConsentLanguage) is not null || description.Get(TextFacts.ConsentLanguage) is not null)
            return Check.Pass;
        if (CallToActionFacts.MentionsAnyOptIn(context)) return Check.Pass;
        var message = flow.IsEmpty
            ? "The message flow is empty and the description says nothing about how consumers opt in."
            : "Neither the message flow nor the description says how or where consumers agree to receive texts (no opt-in, consent, sign-up, keyword or form).";
        return Check.Fail(new Finding(message, Evidence.Field(Fields.MessageFlow, flow.Text)));
    }
}

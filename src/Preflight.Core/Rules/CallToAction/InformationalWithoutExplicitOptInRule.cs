using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>Informational texts need express consent for that purpose; consent taken for granted is not enough.</summary>
public sealed class InformationalWithoutExplicitOptInRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2102",
        Equivalents = ["30896"],
        Title = "Informational campaign without an explicit opt-in",
        Area = RuleArea.CallToAction,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Describe the step where each consumer agrees to this specific kind of text (checks an unchecked box, texts a keyword, signs a form, says yes to a script). Having an account, buying something or being on a customer list is not consent.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var why = CallToActionFacts.Promotional(context);
        if (why is not null) return Check.Passed($"the campaign is promotional ({why}); 2101 covers it");
        foreach (var pointer in FlowAndDescription)
        {
            var f = context.Text.Field(pointer);
            var implied = CallToActionText.FindImpliedConsent(f.Text);
            if (implied is not null)
                return Check.Fail(new Finding(
                    $"{(pointer == Fields.MessageFlow ? "The message flow" : "The description")} takes consent for granted ({CallToActionFacts.Quote(implied)}); each consumer has to agree to these texts explicitly.",
                    Evidence.Words(pointer, f.Text, implied.Start, implied.Length)));
        }
        var flow = context.Text.Field(Fields.MessageFlow);
        if (flow.IsEmpty) return Check.Passed("no message flow to check; 2100 and 806 report a missing call to action");
        if (flow.Get(TextFacts.ConsentLanguage) is not null || flow.Get(TextFacts.ConsentCue) is not null
            || (flow.OptInMethods & OptInMethod.Keyword) != OptInMethod.None)
            return Check.Pass;
        var description = context.Text.Field(Fields.Description);
        if (description.Get(TextFacts.ConsentLanguage) is not null) return Check.Pass;
        if (!CallToActionFacts.MentionsAnyOptIn(context)) return Check.Passed("no opt-in of any kind is described; 2100 reports that");
        return Check.Fail(new Finding(
            "The message flow says how consumers come in contact with the brand but never that they agree to receive texts (no opt-in, consent, sign-up, checkbox or keyword).",
            Evidence.Field(Fields.MessageFlow, flow.Text)));
    }

    private static readonly string[] FlowAndDescription = [Fields.MessageFlow, Fields.Description];
}

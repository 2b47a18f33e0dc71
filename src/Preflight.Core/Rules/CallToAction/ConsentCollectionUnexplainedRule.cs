using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>The call to action must explain how consent is collected, and the terms must be reachable by a link.</summary>
public sealed class ConsentCollectionUnexplainedRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "861",
        Equivalents = ["2132", "2133", "2134", "2135", "2136", "2137", "2138", "30909"],
        Title = "Call to action does not explain how consent is collected, or links no terms",
        Area = RuleArea.CallToAction,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Say in the message flow exactly how the consumer gives consent (checks an unchecked box, texts a keyword, signs a form, agrees to a read script), and link the terms and conditions there or in the termsAndConditionsLink field.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var flow = context.Text.Field(Fields.MessageFlow);
        if (flow.IsEmpty) return Check.Passed("no message flow to check; 2100 and 806 report a missing call to action");
        // Most flows pass both checks: the list is made only for a finding.
        List<Finding>? findings = null;
        if (flow.Get(TextFacts.ConsentLanguage) is null && flow.Get(TextFacts.ConsentCue) is null
            && (flow.OptInMethods & OptInMethod.Keyword) == OptInMethod.None)
            (findings ??= new(2)).Add(new Finding(
                "The message flow never says how the consumer gives consent (no opt-in, agreement, checkbox, keyword or sign-up step).",
                Evidence.Field(Fields.MessageFlow, flow.Text)));
        if (CallToActionFacts.PolicyLink(context, privacy: false) is null && !TermsObtainable(flow))
            (findings ??= new(2)).Add(new Finding(
                "No terms and conditions link is given, neither in the termsAndConditionsLink field nor in the message flow.",
                Evidence.Field(Fields.TermsAndConditionsLink, context.Campaign.TermsAndConditionsLink)));
        return findings is null ? Check.Pass : Check.From(findings);
    }

    // Without a link, a sentence naming the terms with a phone, e-mail or copy on request tells the consumer how to get them.
    private static bool TermsObtainable(FieldAnalysis flow)
    {
        if (flow.TermsReference is null) return false;
        foreach (var s in CallToActionText.Sentences(flow.Text))
        {
            if (Disclosures.FindTermsReference(s.Value) is null) continue;
            if (Disclosures.FindSupportContact(s.Value) is not null || CallToActionText.FindCopyAvailable(s.Value) is not null) return true;
        }
        return false;
    }
}

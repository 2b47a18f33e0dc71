using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>When consent is taken in person or by phone and no policy link is given, the privacy policy has to be attached.</summary>
public sealed class OfflineOptInWithoutPrivacyPolicyRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "809",
        Title = "Offline opt-in with no privacy policy link: the policy must be attached",
        Area = RuleArea.CallToAction,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "Give the privacy policy's URL in the privacyPolicyLink field. If it is not online, attach a compliant policy (saying mobile opt-in data is never shared) to the registration or send it to your provider, and say in the message flow that it is attached.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var flow = context.Text.Field(Fields.MessageFlow);
        if (flow.IsEmpty) return Check.Passed("no message flow to check");
        if (CallToActionFacts.PolicyLink(context, privacy: true) is not null) return Check.Pass;
        if ((flow.OptInMethods & CallToActionText.Offline) == OptInMethod.None
            && !flow.Text.Contains("person", StringComparison.OrdinalIgnoreCase) && !flow.Text.Contains("face", StringComparison.OrdinalIgnoreCase))
            return Check.Passed("the message flow describes no in-person or phone opt-in");
        var mentions = CallToActionFacts.FlowMethods(context);
        var methods = CallToActionText.Methods(mentions);
        if ((methods & CallToActionText.Offline) == OptInMethod.None) return Check.Passed("the message flow describes no in-person or phone opt-in");
        if ((methods & (CallToActionText.Online | OptInMethod.Keyword)) != OptInMethod.None)
            return Check.Passed("consumers can also opt in online, where the policy is linked");
        if (flow.PrivacyReference is not null
            && CallToActionText.Sentences(flow.Text).Any(s => Disclosures.FindPrivacyPolicyReference(s.Value) is not null && SaysAttached(s.Value)))
            return Check.Passed("the message flow says the privacy policy is attached");
        var offline = mentions.First(m => (m.Method & CallToActionText.Offline) != OptInMethod.None);
        return Check.Fail(new Finding(
            $"Consent is collected offline ({CallToActionFacts.Quote(offline.Match)}) and no privacy policy link is given; attach the privacy policy to the registration and say so.",
            Evidence.Field(Fields.PrivacyPolicyLink, context.Campaign.PrivacyPolicyLink)));
    }

    private static bool SaysAttached(string sentence) =>
        sentence.Contains("attach", StringComparison.OrdinalIgnoreCase) || sentence.Contains("enclos", StringComparison.OrdinalIgnoreCase)
        || sentence.Contains("upload", StringComparison.OrdinalIgnoreCase) || sentence.Contains("PDF", StringComparison.OrdinalIgnoreCase);
}

using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>Consent is given to one brand by the consumer; bought lists and consent gathered or shared by partners do not count.</summary>
public sealed class OptInNotOneToOneRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF104",
        Equivalents = ["804", "30896"],
        Title = "Opt-in is not one-to-one: bought lists or consent shared by third parties",
        Area = RuleArea.CallToAction,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "Text only people who opted in to this brand themselves. Drop purchased or partner lists and consent collected by or shared with other companies, and describe the brand's own opt-in instead.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var findings = new List<Finding>(2);
        foreach (var pointer in new[] { Fields.MessageFlow, Fields.Description })
        {
            var f = context.Text.Field(pointer);
            var m = CallToActionText.FindThirdPartyConsent(f.Text);
            if (m is null) continue;
            findings.Add(new Finding(
                $"{(pointer == Fields.MessageFlow ? "The message flow" : "The description")} relies on consent not given directly to the brand ({CallToActionFacts.Quote(m)}); opt-in must be one-to-one and never shared.",
                Evidence.Words(pointer, f.Text, m.Start, m.Length)));
        }
        return Check.From(findings);
    }
}

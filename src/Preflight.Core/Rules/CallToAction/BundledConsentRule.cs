using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>Text consent must stand on its own, not be bundled with consent to calls or e-mails.</summary>
public sealed class BundledConsentRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF105",
        Equivalents = ["30896"],
        Title = "Text consent is bundled with consent to calls or e-mails",
        Area = RuleArea.CallToAction,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "Ask for SMS consent separately: its own unchecked box and wording about texts only. Collect consent to calls or e-mails with a different box.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var flow = context.Text.Field(Fields.MessageFlow);
        var m = CallToActionText.FindBundledConsent(flow.Text);
        if (m is null) return Check.Pass;
        return Check.Fail(new Finding(
            $"The consent wording covers texts together with calls or e-mails ({CallToActionFacts.Quote(m)}); SMS needs a consent of its own.",
            Evidence.Words(Fields.MessageFlow, flow.Text, m.Start, m.Length)));
    }
}

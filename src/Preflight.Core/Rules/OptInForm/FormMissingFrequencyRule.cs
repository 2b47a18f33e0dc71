using Preflight.Core.Engine;
using Preflight.Core.Html;

namespace Preflight.Core.Rules.OptInForm;

/// <summary>The consent text beside the form must say how often messages come.</summary>
public sealed class FormMissingFrequencyRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2115",
        Equivalents = ["30896"],
        Title = "Opt-in form does not disclose message frequency",
        Area = RuleArea.OptInForm,
        Severity = Severity.Rejection,
        Needs = Needs.OptInPage,
        Fix = "Add the message frequency to the consent text, e.g. \"Msg frequency varies\" or \"up to 4 msgs/mo\".",
    };

    public override Check Evaluate(RuleContext context) =>
        OptInChecks.Disclosure(context, "does not disclose how often messages are sent", f => f.Disclosures.Frequency);
}

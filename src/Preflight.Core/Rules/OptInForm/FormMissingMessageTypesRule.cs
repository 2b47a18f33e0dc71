using Preflight.Core.Engine;
using Preflight.Core.Html;

namespace Preflight.Core.Rules.OptInForm;

/// <summary>The consent text beside the form must say what the messages are about.</summary>
public sealed class FormMissingMessageTypesRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2114",
        Equivalents = ["30896"],
        Title = "Opt-in form does not say what kind of messages will be sent",
        Area = RuleArea.OptInForm,
        Severity = Severity.Rejection,
        Needs = Needs.OptInPage,
        Fix = "Say beside the consent checkbox what the texts will be about, e.g. \"appointment reminders and billing alerts\" or \"promotional offers\".",
    };

    public override Check Evaluate(RuleContext context) =>
        OptInChecks.Disclosure(context, "does not say what kind of messages the consumer will get", f => f.Disclosures.MessageType);
}

using Preflight.Core.Engine;
using Preflight.Core.Html;

namespace Preflight.Core.Rules.OptInForm;

/// <summary>The consent text beside the form must carry the message-and-data-rates notice.</summary>
public sealed class FormMissingRatesRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2116",
        Equivalents = ["30896"],
        Title = "Opt-in form lacks the message and data rates notice",
        Area = RuleArea.OptInForm,
        Severity = Severity.Rejection,
        Needs = Needs.OptInPage,
        Fix = "Add \"Msg & data rates may apply.\" to the consent text beside the checkbox.",
    };

    public override Check Evaluate(RuleContext context) =>
        OptInChecks.Disclosure(context, "does not say that message and data rates may apply", f => f.Disclosures.Rates);
}

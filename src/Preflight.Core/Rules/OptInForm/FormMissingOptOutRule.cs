using Preflight.Core.Engine;
using Preflight.Core.Html;

namespace Preflight.Core.Rules.OptInForm;

/// <summary>The consent text beside the form must say how to stop messages.</summary>
public sealed class FormMissingOptOutRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2118",
        Equivalents = ["30896"],
        Title = "Opt-in form does not say how to opt out",
        Area = RuleArea.OptInForm,
        Severity = Severity.Rejection,
        Needs = Needs.OptInPage,
        Fix = "Add opt-out instructions to the consent text, e.g. \"Reply STOP to cancel\".",
    };

    public override Check Evaluate(RuleContext context) =>
        OptInChecks.Disclosure(context, "does not tell consumers how to opt out (for example \"Reply STOP to cancel\")", f => f.Disclosures.OptOut);
}

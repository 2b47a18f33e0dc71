using Preflight.Core.Engine;
using Preflight.Core.Html;

namespace Preflight.Core.Rules.OptInForm;

/// <summary>The consent text beside the form must say how to get help.</summary>
public sealed class FormMissingHelpRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2117",
        Equivalents = ["30896"],
        Title = "Opt-in form does not say how to get help",
        Area = RuleArea.OptInForm,
        Severity = Severity.Rejection,
        Needs = Needs.OptInPage,
        Fix = "Add help instructions to the consent text, e.g. \"Reply HELP for help\" or a support e-mail or phone number.",
    };

    public override Check Evaluate(RuleContext context) =>
        OptInChecks.Disclosure(context, "does not tell consumers how to get help (for example \"Reply HELP for help\")", f => f.Disclosures.Help);
}

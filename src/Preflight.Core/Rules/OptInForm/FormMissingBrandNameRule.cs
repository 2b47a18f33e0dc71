using Preflight.Core.Engine;
using Preflight.Core.Html;

namespace Preflight.Core.Rules.OptInForm;

/// <summary>The consent text beside the form must name the brand that will send the messages.</summary>
public sealed class FormMissingBrandNameRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2113",
        Equivalents = ["30896"],
        Title = "Opt-in form does not name the brand",
        Area = RuleArea.OptInForm,
        Severity = Severity.Rejection,
        Needs = Needs.OptInPage,
        Fix = "Name the brand in the consent text beside the checkbox, as registered: \"I agree to receive appointment reminders from Bright Smile Dental…\".",
    };

    public override Check Evaluate(RuleContext context)
    {
        var brand = context.Text.Brand;
        if (!brand.HasNames) return Check.Passed("no brand name to look for");
        return OptInChecks.Disclosure(context, "does not name the brand (" + string.Join(" / ", brand.Names) + ")", f => brand.Find(f.DisclosureText));
    }
}

using Preflight.Core.Engine;
using Preflight.Core.Rules.CallToAction;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.VerbalOptIn;

/// <summary>The verbal script must say who will be texting.</summary>
public sealed class VerbalScriptMissingBrandNameRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2108",
        Equivalents = ["30909"],
        Title = "Verbal opt-in script does not name the brand",
        Area = RuleArea.VerbalOptIn,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Name the brand in the script staff read: \"Would you like Bright Smile Dental to text you appointment reminders?\"",
    };

    public override Check Evaluate(RuleContext context) =>
        VerbalScripts.Require(context, t => CallToActionText.FindBrandInWords(context.Text.Brand, t), "the brand name", $"\"Would you like {CallToActionFacts.BrandName(context)} to text you…?\"");
}

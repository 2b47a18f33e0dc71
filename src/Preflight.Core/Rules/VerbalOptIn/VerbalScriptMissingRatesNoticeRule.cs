using Preflight.Core.Engine;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.VerbalOptIn;

/// <summary>The verbal script must warn that message and data rates may apply.</summary>
public sealed class VerbalScriptMissingRatesNoticeRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2111",
        Equivalents = ["30909"],
        Title = "Verbal opt-in script lacks \"message and data rates may apply\"",
        Area = RuleArea.VerbalOptIn,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Add to the script: \"Message and data rates may apply.\"",
    };

    public override Check Evaluate(RuleContext context) =>
        VerbalScripts.Require(context, Disclosures.FindRatesNotice, "the rates notice", "\"Message and data rates may apply\"");
}

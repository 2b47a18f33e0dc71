using Preflight.Core.Engine;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.VerbalOptIn;

/// <summary>The verbal script must disclose how often messages arrive.</summary>
public sealed class VerbalScriptMissingFrequencyRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2110",
        Equivalents = ["30909"],
        Title = "Verbal opt-in script does not disclose message frequency",
        Area = RuleArea.VerbalOptIn,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Add a frequency disclosure to the script: \"Message frequency varies\" or \"up to 4 messages a month\".",
    };

    public override Check Evaluate(RuleContext context) =>
        VerbalScripts.Require(context, Disclosures.FindFrequency, "the message frequency", "\"up to 4 messages a month\"");
}

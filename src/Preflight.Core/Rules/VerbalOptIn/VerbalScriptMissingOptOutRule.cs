using Preflight.Core.Engine;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.VerbalOptIn;

/// <summary>The verbal script must tell the consumer how to stop the texts.</summary>
public sealed class VerbalScriptMissingOptOutRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2112",
        Equivalents = ["30909"],
        Title = "Verbal opt-in script does not say how to stop messages",
        Area = RuleArea.VerbalOptIn,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Add opt-out instructions to the script: \"You can text STOP at any time to stop the messages.\"",
    };

    public override Check Evaluate(RuleContext context) =>
        VerbalScripts.Require(context, Disclosures.FindOptOutInstruction, "STOP instructions", "\"Text STOP to opt out at any time\"");
}

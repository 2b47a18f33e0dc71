using Preflight.Core.Engine;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.VerbalOptIn;

/// <summary>The verbal script must tell the consumer how to get help.</summary>
public sealed class VerbalScriptMissingHelpRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2119",
        Equivalents = ["30909"],
        Title = "Verbal opt-in script does not say how to get help",
        Area = RuleArea.VerbalOptIn,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Add HELP instructions to the script: \"Text HELP for help.\"",
    };

    public override Check Evaluate(RuleContext context) =>
        VerbalScripts.Require(context, Disclosures.FindHelpInstruction, "HELP instructions", "\"Text HELP for help\"");
}

using Preflight.Core.Engine;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.VerbalOptIn;

/// <summary>The verbal script must tell the consumer what the texts will be about.</summary>
public sealed class VerbalScriptMissingMessageTypesRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2109",
        Equivalents = ["30909"],
        Title = "Verbal opt-in script does not say what kinds of messages will be sent",
        Area = RuleArea.VerbalOptIn,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Add to the script what the texts are about: \"…to text you appointment reminders and confirmations\".",
    };

    public override Check Evaluate(RuleContext context) =>
        VerbalScripts.Require(context, t => CallToActionText.FindMessageType(t, Disclosures.FindMessageType(t)), "the kinds of messages", "\"appointment reminders\"");
}

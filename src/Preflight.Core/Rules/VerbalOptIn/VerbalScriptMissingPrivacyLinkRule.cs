using Preflight.Core.Engine;

namespace Preflight.Core.Rules.VerbalOptIn;

/// <summary>The verbal script must tell the consumer how to reach the privacy policy.</summary>
public sealed class VerbalScriptMissingPrivacyLinkRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2106",
        Equivalents = ["2140", "7107", "30896"],
        Title = "Verbal opt-in script does not say how to reach the privacy policy",
        Area = RuleArea.VerbalOptIn,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Add to the script where the privacy policy is: its web address, or that staff read it and offer a copy (\"Our privacy policy is at brightsmiledental.com/privacy; we can give you a copy\").",
    };

    public override Check Evaluate(RuleContext context) =>
        VerbalScripts.Require(context, VerbalScripts.PrivacyWithDirections, "directions to the privacy policy", "\"Our privacy policy is at brightsmiledental.com/privacy\"");
}

using Preflight.Core.Engine;

namespace Preflight.Core.Rules.VerbalOptIn;

/// <summary>The verbal script must carry a privacy disclaimer or the privacy policy's link.</summary>
public sealed class VerbalScriptMissingPrivacyDisclaimerRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "7107",
        Equivalents = ["2106", "2140", "30896"],
        Title = "Verbal opt-in script has no privacy disclaimer or policy link",
        Area = RuleArea.VerbalOptIn,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Add a privacy disclaimer to the script (mobile numbers and opt-in data are never shared or sold) or tell the consumer the privacy policy's web address.",
    };

    public override Check Evaluate(RuleContext context) =>
        VerbalScripts.Require(context, VerbalScripts.PrivacyMentionOrDisclosure, "a privacy disclaimer or the privacy policy's link", "\"Your number is never shared or sold. Privacy policy: brightsmiledental.com/privacy\"");
}

using Preflight.Core.Engine;

namespace Preflight.Core.Rules.VerbalOptIn;

/// <summary>The verbal script must point to the privacy policy or give the privacy disclosure.</summary>
public sealed class VerbalScriptMissingPrivacyDisclosureRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2140",
        Equivalents = ["2106", "7107", "30896"],
        Title = "Verbal opt-in script gives no privacy policy directions or privacy disclosure",
        Area = RuleArea.VerbalOptIn,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Add to the script where to find the privacy policy, or the disclosure itself: \"Your mobile number and consent are never shared with third parties.\"",
    };

    public override Check Evaluate(RuleContext context) =>
        VerbalScripts.Require(context, VerbalScripts.PrivacyMentionOrDisclosure, "the privacy policy or a privacy disclosure", "\"We never share your mobile number; our privacy policy is at brightsmiledental.com/privacy\"");
}

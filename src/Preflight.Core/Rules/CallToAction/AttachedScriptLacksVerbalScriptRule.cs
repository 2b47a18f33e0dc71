using Preflight.Core.Engine;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>An attachment offered as the verbal opt-in script has to contain that script.</summary>
public sealed class AttachedScriptLacksVerbalScriptRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2130",
        Equivalents = ["30896"],
        Title = "Attached verbal opt-in document has no script",
        Area = RuleArea.CallToAction,
        Severity = Severity.Rejection,
        Needs = Needs.Submission | Needs.Attachments,
        Fix = "Attach the words staff actually say when they ask for consent, with every disclosure in them: brand, message types, frequency, \"Msg & data rates may apply\", HELP, STOP, and where to find the privacy policy and terms.",
    };

    public override Check Evaluate(RuleContext context) =>
        Check.NotEvaluated("attachments are not part of the submission model; the attached verbal script cannot be read");
}

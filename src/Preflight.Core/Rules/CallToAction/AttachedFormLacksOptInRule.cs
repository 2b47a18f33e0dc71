using Preflight.Core.Engine;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>An attachment offered as the opt-in form has to show an opt-in form.</summary>
public sealed class AttachedFormLacksOptInRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2129",
        Equivalents = ["30896"],
        Title = "Attached opt-in document shows no opt-in form",
        Area = RuleArea.CallToAction,
        Severity = Severity.Rejection,
        Needs = Needs.Submission | Needs.Attachments,
        Fix = "Attach an image or PDF of the actual opt-in form: the phone number field, the unchecked SMS consent box and the full disclosure beside it (brand, message types, frequency, rates, HELP, STOP, privacy and terms links).",
    };

    public override Check Evaluate(RuleContext context) =>
        Check.NotEvaluated("attachments are not part of the submission model; the attached opt-in form cannot be read");
}

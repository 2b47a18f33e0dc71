using Preflight.Core.Engine;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>The DCA vetting code for permission to text obtained through a court order.</summary>
public sealed class CourtOrderPermissionRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "714",
        Equivalents = ["2126", "30896"],
        Title = "Permission to text rests on a court order",
        Area = RuleArea.CallToAction,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Texting permission granted by a court does not meet the carriers' code of conduct. Resubmit only with an opt-in the consumer gives directly (web form, keyword, signed form); if there is none, do not resubmit.",
        DoNotResubmit = true,
    };

    public override Check Evaluate(RuleContext context) => CourtOrder.Evaluate(context);
}

using Preflight.Core.Engine;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.OptInForm;

/// <summary>Campaigns about alcohol must be age-gated with a full date of birth collected before opt-in.</summary>
public sealed class AlcoholAgeGateRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "706",
        Equivalents = ["4100", "30888", "30883"],
        Title = "Alcohol campaign is not age-gated",
        Area = RuleArea.OptInForm,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Set the campaign's ageGated attribute to true and, before the opt-in form, ask for the full date of birth (MM/DD/YYYY) and turn away anyone under the legal age; a yes/no \"are you 21?\" button is not accepted. Resubmit only once the gate is live.",
    };

    private static readonly AgeGateSubject Subject = new(ContentCategory.Alcohol, "alcohol");

    public override Check Evaluate(RuleContext context) => AgeGateCheck.Evaluate(context, Subject);
}

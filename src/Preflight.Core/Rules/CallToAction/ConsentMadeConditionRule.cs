using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>Consent to texts may not be required to buy, book or use a service.</summary>
public sealed class ConsentMadeConditionRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF103",
        Equivalents = ["803", "2131", "30923", "30931"],
        Title = "Call to action makes text consent a condition of service",
        Area = RuleArea.CallToAction,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "Make SMS consent optional: an unchecked box that is not required to submit the form, and wording that says consent is not a condition of purchase or service.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var findings = new List<Finding>(2);
        foreach (var pointer in new[] { Fields.MessageFlow, Fields.Description })
        {
            var f = context.Text.Field(pointer);
            var m = f.Get(TextFacts.ConsentRequired);
            if (m is null) continue;
            findings.Add(new Finding(
                $"{(pointer == Fields.MessageFlow ? "The message flow" : "The description")} makes text consent mandatory ({CallToActionFacts.Quote(m)}); consent must be voluntary.",
                Evidence.Words(pointer, f.Text, m.Start, m.Length)));
        }
        return Check.From(findings);
    }
}

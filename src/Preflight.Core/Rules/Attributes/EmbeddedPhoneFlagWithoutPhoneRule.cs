using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.Attributes;

/// <summary>embeddedPhone says messages carry a phone number; a sample has to show one.</summary>
public sealed class EmbeddedPhoneFlagWithoutPhoneRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "3108",
        Equivalents = ["601", "30889"],
        Title = "embeddedPhone is true but no sample contains a phone number",
        Area = RuleArea.Attributes,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Add a sample that includes the phone number your messages will carry, or set embeddedPhone to false if they will not include one.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var c = context.Campaign;
        if (c.EmbeddedPhone != true) return Check.Passed("embeddedPhone is not true");
        var samples = context.Samples;
        if (samples.Count == 0) return Check.Passed("no sample messages to look in (see 3105)");
        if (samples.Any(s => context.Text.Field(s.Pointer).Phones.Count > 0)) return Check.Pass;
        return Check.Fail(new Finding(
            $"embeddedPhone is true but none of the {samples.Count} samples contains a phone number.",
            Evidence.Field(Fields.EmbeddedPhone, "true")));
    }
}

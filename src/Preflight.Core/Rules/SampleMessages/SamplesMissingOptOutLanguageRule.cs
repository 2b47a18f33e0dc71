using System.Text.RegularExpressions;
using Preflight.Core.Engine;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.SampleMessages;

/// <summary>At least one sample has to show the consumer how to stop the messages.</summary>
public sealed partial class SamplesMissingOptOutLanguageRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "8100",
        Equivalents = ["30893"],
        Title = "No sample message tells the consumer how to opt out",
        Area = RuleArea.SampleMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "End at least one sample (ideally every one) with an opt-out instruction such as \"Reply STOP to opt out.\"",
    };

    public override Check Evaluate(RuleContext context)
    {
        var samples = context.Samples;
        if (samples.Count == 0) return Check.Passed("no sample messages to check");
        foreach (var s in samples)
        {
            var field = context.Text.Field(s.Pointer);
            if (field.OptOutInstruction is not null || OptOutWording().IsMatch(s.Value)) return Check.Pass;
        }
        var first = samples[0];
        return Check.Fail(new Finding(
            samples.Count == 1
                ? $"The only sample ({SampleFields.Name(first.Pointer)}) has no opt-out instruction such as \"Reply STOP to opt out\"."
                : $"None of the {samples.Count} samples has an opt-out instruction such as \"Reply STOP to opt out\".",
            Evidence.Field(first.Pointer, first.Value)));
    }

    // Opt-out wording the instruction finder may not cover ("To unsubscribe, reply with the word stop", "Opt out: STOP").
    [GeneratedRegex(@"\b(?i:unsubscribe|opt[\s-]?out)\b|(?<![\w'])(?:STOP|STOPALL|UNSUBSCRIBE|OPTOUT)(?!\w)", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex OptOutWordingShared();
    private static Regex OptOutWording() => ThreadRegex.Local(OptOutWordingShared());
}

using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.SampleMessages;

/// <summary>Most providers want two to five samples; a single one is often sent back.</summary>
public sealed class TooFewSamplesRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF302",
        Equivalents = ["30886"],
        Title = "Fewer than two sample messages",
        Area = RuleArea.SampleMessages,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "Provide at least two different samples (up to five), covering each kind of message the campaign will send.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var samples = context.Samples;
        if (samples.Count >= 2) return Check.Pass;
        return Check.Fail(samples.Count == 0
            ? new Finding("No sample message is given; provide two to five.", Evidence.Field(Fields.Sample1, context.Campaign.Sample1))
            : new Finding($"Only one sample ({SampleFields.Name(samples[0].Pointer)}) is given; provide two to five.",
                Evidence.Field(Fields.Sample2, context.Campaign.Sample2)));
    }
}

using Preflight.Core.Model;
using Preflight.Core.Rules.SampleMessages;

namespace Preflight.Core.Tests.Rules.SampleMessages;

public sealed class TooFewSamplesRuleTests
{
    private static readonly TooFewSamplesRule Rule = new();

    [Fact]
    public void Passes_two_samples() => RuleTester.Passes(Rule, Golden.Submission);

    [Fact]
    public void Passes_two_samples_in_later_slots() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Sample2 = null, Sample4 = c.Sample2 }));

    [Fact]
    public void Warns_on_a_single_sample() =>
        RuleTester.Fails(Rule, Golden.With(c => c with { Sample2 = "   " }), Fields.Sample2);

    [Fact]
    public void Warns_on_no_sample() =>
        RuleTester.Fails(Rule, Golden.With(c => c with { Sample1 = null, Sample2 = null }), Fields.Sample1);
}

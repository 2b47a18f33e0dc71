using Preflight.Core.Model;
using Preflight.Core.Rules.SampleMessages;

namespace Preflight.Core.Tests.Rules.SampleMessages;

public sealed class SampleOverCspLimitRuleTests
{
    private static readonly SampleOverCspLimitRule Rule = new();

    [Fact]
    public void Passes_samples_up_to_255_characters() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Sample2 = "Bright Smile Dental: " + new string('a', 255 - 21) }));

    [Fact]
    public void Advises_on_a_sample_over_255_characters()
    {
        var sample = "Bright Smile Dental: Your visit is confirmed. " + new string('a', 250) + " Reply STOP to opt out.";
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Sample2 = sample }), Fields.Sample2);
        Assert.Equal(Engine.Severity.Advice, r.Rule.Severity);
        Assert.Equal(255, r.Findings[0].Evidence.Start);
    }

    [Fact]
    public void Leaves_samples_over_1024_characters_to_PF300() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Sample2 = "Bright Smile Dental: " + new string('a', 1100) }));
}

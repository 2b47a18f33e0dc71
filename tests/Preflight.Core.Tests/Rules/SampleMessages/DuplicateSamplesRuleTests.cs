using Preflight.Core.Model;
using Preflight.Core.Rules.SampleMessages;

namespace Preflight.Core.Tests.Rules.SampleMessages;

public sealed class DuplicateSamplesRuleTests
{
    private static readonly DuplicateSamplesRule Rule = new();

    [Fact]
    public void Passes_different_samples() => RuleTester.Passes(Rule, Golden.Submission);

    [Fact]
    public void Passes_samples_that_differ_only_in_details() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Sample2 = c.Sample1!.Replace("Tue 3/12", "Wed 3/13", StringComparison.Ordinal) }));

    [Fact]
    public void Warns_when_a_sample_is_repeated_with_other_spacing_or_case()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Sample3 = "  " + c.Sample2!.ToUpperInvariant() + "  " }), Fields.Sample3);
        Assert.Contains("sample2", r.Findings[0].Message);
    }
}

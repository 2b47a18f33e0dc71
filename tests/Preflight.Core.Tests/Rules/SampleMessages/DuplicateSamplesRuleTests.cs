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

    [Theory]
    [InlineData("Acme: your table is ready.", "ACME your table is ready", true)]
    [InlineData("Acme: your table is ready.", "Acme:  your table, is ready!!", true)]
    [InlineData("", "...", true)]
    [InlineData("Acme: your table is ready.", "Acme: your table is ready soon.", false)]
    [InlineData("Acme: your table is ready soon.", "Acme: your table is ready.", false)]
    [InlineData("Order 12 shipped", "Order 13 shipped", false)]
    [InlineData("Café open", "Cafe open", false)]
    public void Samples_are_the_same_message_by_their_letters_and_digits(string a, string b, bool same)
    {
        Assert.Equal(same, DuplicateSamplesRule.SameMessage(a, b));
        Assert.Equal(same, DuplicateSamplesRule.SameMessage(b, a));
    }

    [Fact]
    public void A_third_copy_names_the_first()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Sample2 = c.Sample1, Sample3 = c.Sample1!.ToLowerInvariant() }));
        Assert.Equal(["/campaign/sample2", "/campaign/sample3"], r.Findings.Select(f => f.Evidence.Path));
        Assert.All(r.Findings, f => Assert.Contains("repeats sample1", f.Message));
    }
}

using Preflight.Core.Model;
using Preflight.Core.Rules.Content;

namespace Preflight.Core.Tests.Rules.Content;

public sealed class DirectLendingWithoutLendingContentRuleTests
{
    private static readonly DirectLendingWithoutLendingContentRule Rule = new();

    [Fact]
    public void Fails_when_direct_lending_is_declared_for_a_dental_office()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { DirectLending = true }), Fields.DirectLending);
        Assert.Equal("true", r.Findings[0].Evidence.Excerpt);
    }

    [Theory]
    [InlineData("Bright Smile Dental: your loan payment of $85 for your implant is due 3/1. Reply STOP to opt out.")]
    [InlineData("Bright Smile Dental: your CareCredit financing for treatment was approved. Reply STOP to opt out.")]
    [InlineData("Bright Smile Dental: your installment for your treatment plan is due Friday. Reply STOP to opt out.")]
    public void Passes_when_a_sample_speaks_about_lending(string sample) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { DirectLending = true, Sample2 = sample }));

    [Fact]
    public void Passes_when_the_brand_is_a_lender_by_name() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { DirectLending = true }) with { Brand = Golden.Brand with { DisplayName = "Summit Auto Finance" } });

    [Fact]
    public void Passes_when_direct_lending_is_not_declared() => RuleTester.Passes(Rule, Golden.Submission);
}

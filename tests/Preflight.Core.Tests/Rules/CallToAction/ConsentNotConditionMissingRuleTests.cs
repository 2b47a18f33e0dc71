using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class ConsentNotConditionMissingRuleTests
{
    private static readonly ConsentNotConditionMissingRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Rule.Code + template);

    [Theory]
    [InlineData("Patients opt in on https://www.brightsmiledental.com/sms. Consent is not required to purchase goods or services.")]
    [InlineData("Patients opt in on https://www.brightsmiledental.com/sms. Signing up is not a condition of any purchase.")]
    public void Passes_on_other_wordings(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    [Fact]
    public void Fails_when_a_template_drops_the_statement()
    {
        var flow = CtaFlows.Swap(CtaFlows.WebWithLinks, ("Consent is not a condition of purchase. ", ""));
        var r = RuleTester.Fails(Rule, CtaFlows.With(flow), Fields.MessageFlow);
        Assert.Equal(Engine.Severity.Advice, r.Rule.Severity);
    }
}

using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class MessageFlowLengthRuleTests
{
    private static readonly MessageFlowLengthRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Rule.Code + template);

    [Theory]
    [InlineData(40)]
    [InlineData(2048)]
    public void Passes_at_the_limits(int length) => RuleTester.Passes(Rule, CtaFlows.Flow(new string('a', length)));

    [Theory]
    [InlineData(39, "at least 40")]
    [InlineData(2049, "at most 2048")]
    public void Fails_outside_the_limits(int length, string says)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.Flow(new string('a', length)), Fields.MessageFlow);
        Assert.Contains(says, r.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_on_a_bare_method_name() => RuleTester.Fails(Rule, CtaFlows.Flow("Website opt-in."), Fields.MessageFlow);
}

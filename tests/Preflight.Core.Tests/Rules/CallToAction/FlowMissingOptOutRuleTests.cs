using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class FlowMissingOptOutRuleTests
{
    private static readonly FlowMissingOptOutRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string, string, bool> TemplatesWithoutIt => CtaFlows.Missing("stop");

    public static TheoryData<string> Valid => new()
    {
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Reply STOP to cancel.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Txt STOP to quit.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Text STOP to opt out at any time.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Reply HELP for help, STOP to cancel.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Unsubscribe at any time by replying STOP.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Reply STOP to unsubscribe.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Reply HELP for help or STOP at any time to cancel.",
    };

    public static TheoryData<string> Invalid => new()
    {
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Reply HELP for help.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. You can unsubscribe from our emails at any time.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Reply HELP for help. Stop by the front desk at any time to update your number.",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.True(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Outcome == Engine.Outcome.Passed, template);

    [Theory]
    [MemberData(nameof(TemplatesWithoutIt))]
    public void Fails_when_a_template_loses_STOP_instructions(string template, string flow, bool links)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.With(flow, links), Fields.MessageFlow);
        Assert.True(flow.StartsWith(r.Findings[0].Evidence.Excerpt!.TrimEnd('…'), StringComparison.Ordinal), template);
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_on_real_world_wording(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_when_the_flow_lacks_STOP_instructions(string flow)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
        Assert.Equal(flow, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Passes_when_there_is_no_message_flow() => RuleTester.Passes(Rule, CtaFlows.Flow(""));
}

using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class FlowMissingRatesNoticeRuleTests
{
    private static readonly FlowMissingRatesNoticeRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string, string, bool> TemplatesWithoutIt => CtaFlows.Missing("rates");

    public static TheoryData<string> Valid => new()
    {
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Msg&data rates may apply.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Message and data rates may apply.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Msg & Data Rates May Apply.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Standard message and data rates may apply.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Std. msg & data rates may apply.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Data rates may apply.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Data and message rates may apply.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Standard text messaging rates apply.",
    };

    public static TheoryData<string> Invalid => new()
    {
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Msg frequency varies. Reply STOP to cancel.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Texts are sent from our office. Reply STOP to cancel.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Standard cleaning rates apply. Reply STOP to cancel.",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.True(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Outcome == Engine.Outcome.Passed, template);

    [Theory]
    [MemberData(nameof(TemplatesWithoutIt))]
    public void Fails_when_a_template_loses_the_rates_notice(string template, string flow, bool links)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.With(flow, links), Fields.MessageFlow);
        Assert.True(flow.StartsWith(r.Findings[0].Evidence.Excerpt!.TrimEnd('…'), StringComparison.Ordinal), template);
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_on_real_world_wording(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_when_the_flow_lacks_the_rates_notice(string flow)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
        Assert.Equal(flow, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Passes_when_there_is_no_message_flow() => RuleTester.Passes(Rule, CtaFlows.Flow(""));
}

using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class FlowMissingFrequencyRuleTests
{
    private static readonly FlowMissingFrequencyRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string, string, bool> TemplatesWithoutIt => CtaFlows.Missing("frequency");

    public static TheoryData<string> Valid => new()
    {
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Msg frequency varies.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Up to 6 msgs/mo.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Message frequency may vary.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Expect 2 messages per week.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Recurring automated messages.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Msg freq varies.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Up to 5 msgs per stay.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Up to 2 texts per billing cycle.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Texts go out twice a month.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Messages are sent every Monday.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Up to 2x/week.",
    };

    public static TheoryData<string> Invalid => new()
    {
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Msg & data rates may apply. Reply STOP to cancel.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. You will hear from us about your visits. Reply STOP to cancel.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Texts are sent from our office, open 7 days a week. Reply STOP to cancel.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Plans start at $4/mo. Reply STOP to cancel.",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.True(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Outcome == Engine.Outcome.Passed, template);

    [Theory]
    [MemberData(nameof(TemplatesWithoutIt))]
    public void Fails_when_a_template_loses_the_message_frequency(string template, string flow, bool links)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.With(flow, links), Fields.MessageFlow);
        Assert.True(flow.StartsWith(r.Findings[0].Evidence.Excerpt!.TrimEnd('…'), StringComparison.Ordinal), template);
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_on_real_world_wording(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_when_the_flow_lacks_the_message_frequency(string flow)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
        Assert.Equal(flow, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Passes_when_there_is_no_message_flow() => RuleTester.Passes(Rule, CtaFlows.Flow(""));
}

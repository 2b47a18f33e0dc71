using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class FlowMissingHelpRuleTests
{
    private static readonly FlowMissingHelpRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string, string, bool> TemplatesWithoutIt => CtaFlows.Missing("help");

    public static TheoryData<string> Valid => new()
    {
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Reply HELP for help.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Text HELP for assistance.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Txt HELP for info.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Reply STOP to cancel, HELP for help.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. For help, reply HELP or call (303) 555-0142. Reply HELP for help.",
    };

    public static TheoryData<string> Invalid => new()
    {
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Reply STOP to cancel.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. Questions? Call (303) 555-0142. Reply STOP to cancel.",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.True(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Outcome == Engine.Outcome.Passed, template);

    [Theory]
    [MemberData(nameof(TemplatesWithoutIt))]
    public void Fails_when_a_template_loses_HELP_instructions(string template, string flow, bool links)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.With(flow, links), Fields.MessageFlow);
        Assert.True(flow.StartsWith(r.Findings[0].Evidence.Excerpt!.TrimEnd('…'), StringComparison.Ordinal), template);
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_on_real_world_wording(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_when_the_flow_lacks_HELP_instructions(string flow)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
        Assert.Equal(flow, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Passes_when_there_is_no_message_flow() => RuleTester.Passes(Rule, CtaFlows.Flow(""));
}

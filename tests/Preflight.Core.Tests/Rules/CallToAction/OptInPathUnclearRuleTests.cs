using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class OptInPathUnclearRuleTests
{
    private static readonly OptInPathUnclearRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string> Valid => new()
    {
        "Customers sign up on our website checkout page and get order updates from Bright Smile Dental.",
        "Text JOIN to 55123 to get appointment reminders from Bright Smile Dental.",
        "Patients are asked at the front desk whether they want appointment reminders by text.",
        "By providing your number on our intake form you agree to receive appointment reminders.",
        "Patients give verbal consent when they call to book. Staff ask: \"May Bright Smile Dental text you reminders?\"",
        "Patients opt in within our mobile app under notification settings.",
    };

    public static TheoryData<string> Invalid => new()
    {
        "Patients agree to receive appointment reminders from Bright Smile Dental. Msg & data rates may apply. Msg frequency varies. Reply HELP for help, STOP to cancel.",
        "Patients consent to appointment reminders from Bright Smile Dental. Reply STOP to cancel. Questions? Call us at (303) 555-0142.",
        "Bright Smile Dental will send appointment reminders to its patients. Reply STOP to cancel.",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Rule.Code + template);

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_when_the_flow_names_where_consumers_opt_in(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_when_the_flow_names_no_opt_in_path(string flow)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
        Assert.Equal(flow, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Fails_when_the_message_flow_is_empty() => RuleTester.Fails(Rule, CtaFlows.Flow(""), Fields.MessageFlow);
}

using Preflight.Core.Model;
using Preflight.Core.Rules.VerbalOptIn;
using Preflight.Core.Tests.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.VerbalOptIn;

public sealed class VerbalScriptMissingFrequencyRuleTests
{
    private static readonly VerbalScriptMissingFrequencyRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string> NotVerbal => new()
    {
        "Patients opt in on https://www.brightsmiledental.com/sms by checking the SMS box. Questions? Call us at (303) 555-0142.",
        "Text JOIN to 55123 for reminders. For help, reach us by phone at (303) 555-0142.",
        "We do not collect consent over the phone; patients opt in at https://www.brightsmiledental.com/sms.",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Rule.Code + template);

    [Theory]
    [MemberData(nameof(NotVerbal))]
    public void Passes_when_consent_is_not_verbal(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    public static TheoryData<string, string, bool> VerbalTemplatesWithoutIt => CtaFlows.Missing("frequency", CtaFlows.IsVerbal);

    [Theory]
    [MemberData(nameof(VerbalTemplatesWithoutIt))]
    public void Fails_when_a_verbal_template_loses_the_frequency(string template, string flow, bool links)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.With(flow, links), Fields.MessageFlow);
        Assert.True(r.Findings[0].Evidence.Start is not null, template);
    }

    [Fact]
    public void Fails_when_the_frequency_is_outside_the_script()
    {
        var flow = CtaFlows.Swap(CtaFlows.VerbalQuotedScript, ("You will get up to 4 messages a month. ", "")) + " Up to 4 msgs/mo.";
        RuleTester.Fails(Rule, CtaFlows.With(flow), Fields.MessageFlow);
    }

    [Fact]
    public void Leaves_a_flow_without_any_script_to_2105() =>
        RuleTester.Passes(Rule, CtaFlows.Flow("Patients opt in verbally when they call to book. Msg & data rates may apply. Reply STOP to cancel."));
}

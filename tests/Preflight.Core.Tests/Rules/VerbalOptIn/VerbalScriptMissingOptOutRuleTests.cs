using Preflight.Core.Model;
using Preflight.Core.Rules.VerbalOptIn;
using Preflight.Core.Tests.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.VerbalOptIn;

public sealed class VerbalScriptMissingOptOutRuleTests
{
    private static readonly VerbalScriptMissingOptOutRule Rule = new();

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

    public static TheoryData<string, string, bool> VerbalTemplatesWithoutIt => CtaFlows.Missing("stop", CtaFlows.IsVerbal);

    [Theory]
    [MemberData(nameof(VerbalTemplatesWithoutIt))]
    public void Fails_when_a_verbal_template_loses_stop_instructions(string template, string flow, bool links)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.With(flow, links), Fields.MessageFlow);
        Assert.True(r.Findings[0].Evidence.Start is not null, template);
    }

    [Fact]
    public void Fails_when_stop_is_only_outside_the_script()
    {
        var flow = CtaFlows.Swap(CtaFlows.VerbalQuotedScript, ("Text HELP for help or STOP to opt out at any time.", "Text HELP for help.")) + " Reply STOP to cancel.";
        RuleTester.Fails(Rule, CtaFlows.With(flow), Fields.MessageFlow);
    }

    [Theory]
    [InlineData("Staff say: \"Would you like Bright Smile Dental reminders by text? Txt STOP to quit.\"")]
    [InlineData("Staff say: \"Would you like Bright Smile Dental reminders by text? You can unsubscribe at any time by replying STOP.\"")]
    public void Passes_on_other_stop_wordings(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow("Patients opt in verbally at check-in. " + flow));

    [Fact]
    public void Leaves_a_flow_without_any_script_to_2105() =>
        RuleTester.Passes(Rule, CtaFlows.Flow("Patients opt in verbally when they call to book. Msg & data rates may apply. Reply STOP to cancel."));
}

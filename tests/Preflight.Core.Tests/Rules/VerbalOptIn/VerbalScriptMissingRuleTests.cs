using Preflight.Core.Model;
using Preflight.Core.Rules.VerbalOptIn;
using Preflight.Core.Tests.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.VerbalOptIn;

public sealed class VerbalScriptMissingRuleTests
{
    private static readonly VerbalScriptMissingRule Rule = new();

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

    public static TheoryData<string> WithoutScript => new()
    {
        "Patients opt in verbally when they call to book. Bright Smile Dental appointment reminders, up to 4 msgs/mo. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
        "Patients give verbal consent at check-in to receive appointment reminders from Bright Smile Dental (up to 4 msgs/mo; msg & data rates may apply; reply HELP for help, STOP to cancel).",
        "Consent is collected over the phone when patients sign up for reminders.",
    };

    public static TheoryData<string> WithScript => new()
    {
        "Patients opt in by phone. Staff say: \"Would you like Bright Smile Dental to text you appointment reminders? Msg & data rates may apply.\"",
        "Verbal opt-in at the front desk. Script: Bright Smile Dental would like to text you appointment reminders, up to 4 a month. Reply STOP to cancel.",
        "Patients opt in in person. We tell them that Bright Smile Dental will text appointment reminders and that they can reply STOP at any time.",
        "Patients are asked at the front desk whether they want appointment reminders from Bright Smile Dental by text; staff explain that msg & data rates may apply.",
    };

    [Theory]
    [MemberData(nameof(WithoutScript))]
    public void Fails_when_a_verbal_opt_in_gives_no_script(string flow)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
        Assert.NotNull(r.Findings[0].Evidence.Start);
    }

    [Theory]
    [MemberData(nameof(WithScript))]
    public void Passes_when_the_flow_gives_what_staff_say(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));
}

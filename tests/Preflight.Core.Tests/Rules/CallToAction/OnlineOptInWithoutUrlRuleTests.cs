using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class OnlineOptInWithoutUrlRuleTests
{
    private static readonly OnlineOptInWithoutUrlRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string> Valid => new()
    {
        "Customers sign up on our website at www.brightsmiledental.com/sms by checking the SMS box.",
        "Patients opt in on the booking page brightsmiledental.com/book.",
        "Patients opt in inside the patient portal after they log in; screenshots of the opt-in screen are attached.",
        "Members opt in in our mobile app under settings. Screenshots of the app screen are hosted at https://www.brightsmiledental.com/app-optin.png.",
        "Patients opt in verbally at the front desk. For details on our Privacy Policy, visit our website.",
        "Staff ask patients in person whether they want reminders. Questions? Contact us online.",
    };

    public static TheoryData<string> Invalid => new()
    {
        "Customers sign up on our website by entering their number and checking the SMS box.",
        "Patients opt in online when they book an appointment. Privacy Policy: https://www.brightsmiledental.com/privacy",
        "Patients opt in through our patient portal when they log in.",
        "Customers sign up through our website form; a screenshot of the form is attached.",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Rule.Code + template);

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_with_a_url_or_gated_screenshots(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_when_the_online_opt_in_has_no_address(string flow)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
        Assert.NotNull(r.Findings[0].Evidence.Start);
    }

    [Fact]
    public void Fails_when_the_web_template_loses_its_form_url()
    {
        var flow = CtaFlows.Swap(CtaFlows.WebWithLinks, ("our appointment request form at https://www.brightsmiledental.com/sms-signup", "our website's appointment request form"));
        RuleTester.Fails(Rule, CtaFlows.With(flow), Fields.MessageFlow);
    }
}

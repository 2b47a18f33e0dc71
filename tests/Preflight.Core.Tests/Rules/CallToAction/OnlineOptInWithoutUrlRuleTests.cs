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
        // The quoted consent ends on the policies' names; the address after it is labelled as the form's.
        "Patients opt in on our online booking form by checking an unchecked box: \"Text me visit reminders from Bright Smile Dental. Reply STOP to cancel. See our Privacy Policy and Terms.\" Booking form: https://www.brightsmiledental.com/book",
        // A paper form whose printed copy is linked, the link just after the terms address.
        "Patients opt in on the paper intake form at their first visit by ticking a blank box: \"Text me reminders. Txt STOP to quit. Terms: https://www.brightsmiledental.com/terms\" A copy of the form is at https://www.brightsmiledental.com/forms/intake.pdf.",
        // A sign-up form on paper is not an online form.
        "Guests opt in at our host stand on a paper sign-up form with an unchecked box. The form prints our Privacy Policy https://www.brightsmiledental.com/privacy and Terms https://www.brightsmiledental.com/terms.",
    };

    public static TheoryData<string> Invalid => new()
    {
        "Customers sign up on our website by entering their number and checking the SMS box.",
        "Patients opt in online when they book an appointment. Privacy Policy: https://www.brightsmiledental.com/privacy",
        "Patients opt in through our patient portal when they log in.",
        "Customers sign up through our website form; a screenshot of the form is attached.",
        "Patients opt in on our online booking form by checking an unchecked box. See our Privacy Policy and Terms: https://www.brightsmiledental.com/t1",
        "Guests opt in on a paper sign-up form at the desk or on our online booking page. Privacy Policy: https://www.brightsmiledental.com/privacy",
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

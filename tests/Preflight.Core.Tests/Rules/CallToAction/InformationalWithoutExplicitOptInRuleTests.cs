using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class InformationalWithoutExplicitOptInRuleTests
{
    private static readonly InformationalWithoutExplicitOptInRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string> Implied => new()
    {
        "All patients automatically receive appointment reminders after booking at https://www.brightsmiledental.com/book.",
        "Every customer will receive order updates from Bright Smile Dental once they buy online.",
        "We text the patients in our patient database about upcoming cleanings.",
        "Patients are automatically enrolled in reminders when they book. Reply STOP to cancel.",
        // Enrolled for having written a number down: no step that is consent.
        "Every patient who writes a mobile number on the new-patient paperwork is enrolled in appointment reminders from Bright Smile Dental. Reply STOP to cancel.",
        "All clients with a cell number on file are added to our reminder texts.",
        // A way out is not a way in.
        "Patients in our patient database are texted unless they reply STOP.",
    };

    public static TheoryData<string> NoConsent => new()
    {
        "Patients who book on https://www.brightsmiledental.com/book receive appointment reminders from Bright Smile Dental. Reply STOP to cancel.",
        "Reminders go to the mobile number patients write on our intake form. Msg & data rates may apply. Reply STOP to cancel.",
    };

    public static TheoryData<string> Explicit => new()
    {
        "Patients opt in on https://www.brightsmiledental.com/book by checking the SMS box.",
        "Text REMIND to (303) 555-0142 for appointment reminders from Bright Smile Dental.",
        "Patients enter their mobile number on our intake form and check the reminder box.",
        "Staff ask patients at the front desk if they would like text reminders.",
        "Patients who opt in receive reminders; we never text all patients automatically.",
        // The denial comes after the words about the database.
        "Patients opt in on https://www.brightsmiledental.com/book by checking the SMS box. Existing patients in our patient database are never texted unless they opt in this way.",
        "Patients opt in on https://www.brightsmiledental.com/book by checking the SMS box. Numbers in our patient records are not used for texts.",
        // Everyone named took an explicit step.
        "All patients who check the SMS box on our intake form are enrolled in appointment reminders.",
        "Every customer who texts REMIND to (303) 555-0142 is subscribed to appointment reminders.",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Rule.Code + template);

    [Theory]
    [MemberData(nameof(Explicit))]
    public void Passes_when_consent_is_explicit(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    [Theory]
    [MemberData(nameof(Implied))]
    public void Fails_when_consent_is_taken_for_granted(string flow) =>
        RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);

    [Theory]
    [MemberData(nameof(NoConsent))]
    public void Fails_when_the_flow_never_mentions_agreeing(string flow)
    {
        var s = CtaFlows.Flow(flow) with { Campaign = CtaFlows.Flow(flow).Campaign with { Description = "Bright Smile Dental sends appointment reminders to its patients, up to 4 messages per month." } };
        var r = RuleTester.Fails(Rule, s, Fields.MessageFlow);
        Assert.Equal(flow, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Leaves_promotional_campaigns_to_2101()
    {
        var s = Golden.With(c => c with { Usecase = UseCases.Marketing, MessageFlow = "All patients automatically receive offers." });
        RuleTester.Passes(Rule, s);
    }
}

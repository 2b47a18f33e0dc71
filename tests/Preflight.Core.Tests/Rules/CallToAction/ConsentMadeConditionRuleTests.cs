using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class ConsentMadeConditionRuleTests
{
    private static readonly ConsentMadeConditionRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string> Forced => new()
    {
        "Patients must opt in to text reminders in order to book online at https://www.brightsmiledental.com/book.",
        "SMS consent is required to complete checkout.",
        "The form has a required checkbox for text messages.",
        "Customers agree to receive texts as a condition of service.",
        // The box itself made the condition.
        "Clients have to tick the SMS box to complete their online booking.",
        "Shoppers must check the text-alerts checkbox before checking out.",
        "Patients need to select the reminder box to finish scheduling online.",
    };

    public static TheoryData<string> Voluntary => new()
    {
        "Consent is not a condition of purchase.",
        "Patients are not required to opt in to book an appointment.",
        "Patients must opt in before we send any text.",
        "The SMS checkbox is optional and unchecked; the form submits without it.",
        "Patients must check the SMS box to receive text reminders.",
        "Patients do not have to check the SMS box to finish booking.",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Rule.Code + template);

    [Theory]
    [MemberData(nameof(Voluntary))]
    public void Passes_when_consent_is_voluntary(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    [Theory]
    [MemberData(nameof(Forced))]
    public void Fails_when_consent_is_made_a_condition(string flow)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
        Assert.NotNull(r.Findings[0].Evidence.Start);
    }
}

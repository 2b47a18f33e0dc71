using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class NoOptInDescribedRuleTests
{
    private static readonly NoOptInDescribedRule Rule = new();

    private const string NeutralDescription =
        "Bright Smile Dental is a family dental practice in Denver sending appointment reminders to its patients, up to 4 messages per month.";

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string> Valid => new()
    {
        "Customers sign up on our website checkout page and get order updates from Bright Smile Dental.",
        "Text JOIN to 55123 to get appointment reminders from Bright Smile Dental.",
        "Patients are asked at the front desk whether they want appointment reminders by text.",
        "By providing your number on our intake form you agree to receive appointment reminders.",
        "Patients check a box on the tablet at check-in to get reminders.",
    };

    public static TheoryData<string> Invalid => new()
    {
        "Bright Smile Dental sends appointment reminders to patients. Msg & data rates may apply. Reply STOP to cancel.",
        "Appointment reminders for patients of Bright Smile Dental. For help call us at (303) 555-0142.",
        "",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, Both(flow, NeutralDescription, links)).Rule.Code + template);

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_when_the_flow_describes_any_opt_in(string flow) =>
        RuleTester.Passes(Rule, Both(flow, NeutralDescription));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_when_neither_field_mentions_opting_in(string flow)
    {
        var r = RuleTester.Fails(Rule, Both(flow, NeutralDescription), Fields.MessageFlow);
        Assert.Equal(flow, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Passes_when_only_the_description_describes_the_opt_in() =>
        RuleTester.Passes(Rule, Both("Bright Smile Dental sends appointment reminders to patients. Reply STOP to cancel.", Golden.Campaign.Description!));

    private static Submission Both(string flow, string description, bool links = true) =>
        CtaFlows.With(flow, links) with { Campaign = CtaFlows.With(flow, links).Campaign with { Description = description } };
}

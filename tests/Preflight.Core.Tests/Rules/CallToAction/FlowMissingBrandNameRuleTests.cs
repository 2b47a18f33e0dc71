using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class FlowMissingBrandNameRuleTests
{
    private static readonly FlowMissingBrandNameRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string, string, bool> TemplatesWithoutIt => CtaFlows.Missing("brand");

    public static TheoryData<string> Valid => new()
    {
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. I agree to receive appointment reminders from Bright Smile Dental.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. I agree to receive appointment reminders from BRIGHT SMILE DENTAL.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. I agree to Bright Smile Dental's appointment reminder texts.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. I agree to receive appointment reminders from Bright Smile Dental Group, LLC.",
    };

    public static TheoryData<string> Invalid => new()
    {
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. I agree to receive appointment reminders from our office.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. I agree to receive appointment reminders from Bright Dental.",
        "Customers opt in on our website form and agree to receive appointment reminders. Msg & data rates may apply. Reply STOP to cancel.",
        "Patients opt in at https://www.brightsmiledental.com/sms and agree to receive appointment reminders. Reply STOP to cancel.",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.True(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Outcome == Engine.Outcome.Passed, template);

    [Theory]
    [MemberData(nameof(TemplatesWithoutIt))]
    public void Fails_when_a_template_loses_the_brand_name(string template, string flow, bool links)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.With(flow, links), Fields.MessageFlow);
        Assert.True(flow.StartsWith(r.Findings[0].Evidence.Excerpt!.TrimEnd('…'), StringComparison.Ordinal), template);
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_on_real_world_wording(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_when_the_flow_lacks_the_brand_name(string flow)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
        Assert.Equal(flow, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Passes_when_there_is_no_message_flow() => RuleTester.Passes(Rule, CtaFlows.Flow(""));

    [Fact]
    public void Matches_a_brand_with_an_accent_an_apostrophe_and_an_ampersand()
    {
        var s = Golden.WithBrand(b => b with { DisplayName = "Café Zoë's & Co", CompanyName = "Cafe Zoes and Co LLC" })
            with { Campaign = Golden.Campaign with { MessageFlow = "Guests sign up at https://cafezoe.com/sms and check the SMS box: I agree to receive order updates from Cafe Zoe's & Co. Reply STOP to cancel." } };
        RuleTester.Passes(Rule, s);
    }
}

using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class FlowMissingMessageTypesRuleTests
{
    private static readonly FlowMissingMessageTypesRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string, string, bool> TemplatesWithoutIt => CtaFlows.Missing("types");

    public static TheoryData<string> Valid => new()
    {
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. I agree to receive appointment reminders from Bright Smile Dental.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. I agree to receive order updates and delivery notifications from Bright Smile Dental.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. I agree to receive one-time passcodes from Bright Smile Dental.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. I agree to receive weekly offers and promotions from Bright Smile Dental.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. I agree to receive conversational customer care texts from Bright Smile Dental.",
        // Notices and schedule changes are kinds of messages too (the compliant corpus writes "city service notices").
        "Customers opt in on our website form at https://www.bsd-care.com/sms by checking an optional box: \"I agree to receive service notices texts from Bright Smile Dental. Up to 4 msgs/mo.\"",
        "Residents opt in on https://www.bsd-care.com/sms by checking an optional box: \"Text me city service notices from Bright Smile Dental.\"",
        "Clients opt in on https://www.bsd-care.com/sms by checking an optional box: \"I agree to receive schedule changes by text from Bright Smile Dental.\"",
        // A topic after "texts about" says what will come.
        "Supporters opt in on https://www.bsd-care.com/sms by checking an unchecked box: \"I agree to receive texts from Bright Smile Dental about volunteering and giving.\"",
        "Members opt in on https://www.bsd-care.com/sms by checking an unchecked box: \"Send me messages regarding my treatment plan from Bright Smile Dental.\"",
        // A topic named before "texts" or "notices", and a support conversation.
        "Customers opt in at https://www.bsd-care.com/sms by checking an unchecked box: \"Text me coverage and payment notices from Bright Smile Dental.\"",
        "Patients opt in at https://www.bsd-care.com/sms by checking an unchecked box: \"Text me lab-result and refill texts from Bright Smile Dental.\"",
        "Customers text HELPDESK to (303) 555-0142, as shown on https://www.bsd-care.com/contact, to chat with the Bright Smile Dental care team by text.",
    };

    public static TheoryData<string> Invalid => new()
    {
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. I agree to receive texts from Bright Smile Dental. Msg & data rates may apply.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. I agree to receive texts from Bright Smile Dental. Your number is never shared for marketing purposes.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. I agree to receive texts from Bright Smile Dental. We do not send promotional messages.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. I agree to receive texts from Bright Smile Dental. See our privacy notice.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. I agree to receive texts from Bright Smile Dental. Ask us about it at the desk.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box if they would like texts from Bright Smile Dental.",
        "Patients sign up on our request form at https://www.bsd-care.com/sms and check the optional SMS box. I agree to receive recurring automated messages from Bright Smile Dental.",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.True(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Outcome == Engine.Outcome.Passed, template);

    [Theory]
    [MemberData(nameof(TemplatesWithoutIt))]
    public void Fails_when_a_template_loses_the_kinds_of_messages(string template, string flow, bool links)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.With(flow, links), Fields.MessageFlow);
        Assert.True(flow.StartsWith(r.Findings[0].Evidence.Excerpt!.TrimEnd('…'), StringComparison.Ordinal), template);
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_on_real_world_wording(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_when_the_flow_lacks_the_kinds_of_messages(string flow)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
        Assert.Equal(flow, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Passes_when_there_is_no_message_flow() => RuleTester.Passes(Rule, CtaFlows.Flow(""));
}

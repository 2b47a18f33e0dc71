using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class WebOptInWithoutCheckboxRuleTests
{
    private static readonly WebOptInWithoutCheckboxRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string> WithBox => new()
    {
        "Patients opt in at https://www.brightsmiledental.com/sms by ticking the SMS checkbox.",
        "Customers sign up on our website; the consent box is unchecked by default.",
        "Patients opt in at https://www.brightsmiledental.com/sms by checking the optional box.",
        "Patients opt in at https://www.brightsmiledental.com/sms; the SMS box is left blank until they tick it.",
        "Patients opt in at https://www.brightsmiledental.com/sms by marking a blank box beside the disclosure.",
    };

    public static TheoryData<string> NoWebForm => new()
    {
        // Links to a copy or a picture of the paper form are not a web opt-in.
        "Guests opt in on the paper registration card at the desk (a copy is at https://www.brightsmiledental.com/guest-card). Staff enter only the numbers guests wrote down themselves.",
        "Patients sign the paper intake form to opt in; see the PDF at https://www.brightsmiledental.com/forms/intake.pdf.",
    };

    public static TheoryData<string> WebWithoutBox => new()
    {
        "Patients opt in by submitting the sign-up form at https://www.brightsmiledental.com/sms; a copy of the wording is shown beside it.",
        "Patients opt in on our online form; screenshots are at https://www.brightsmiledental.com/optin.png.",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Rule.Code + template);

    [Theory]
    [MemberData(nameof(WithBox))]
    public void Passes_when_the_checkbox_is_described(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    [Theory]
    [MemberData(nameof(NoWebForm))]
    public void Passes_when_the_link_is_a_copy_of_a_paper_form(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    [Theory]
    [MemberData(nameof(WebWithoutBox))]
    public void Fails_on_a_web_form_without_a_box_even_beside_copies(string flow) =>
        RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);

    [Fact]
    public void Fails_when_submitting_the_form_is_the_only_consent()
    {
        const string flow = "Patients opt in by submitting the form at https://www.brightsmiledental.com/sms with their mobile number.";
        var r = RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
        Assert.Equal(Engine.Severity.Advice, r.Rule.Severity);
    }

    [Fact]
    public void Passes_on_a_keyword_opt_in() => RuleTester.Passes(Rule, CtaFlows.Flow("Text JOIN to 55123 to get reminders. Msg & data rates may apply."));
}

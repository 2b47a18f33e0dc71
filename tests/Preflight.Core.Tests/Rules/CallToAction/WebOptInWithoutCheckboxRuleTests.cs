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
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Rule.Code + template);

    [Theory]
    [MemberData(nameof(WithBox))]
    public void Passes_when_the_checkbox_is_described(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

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

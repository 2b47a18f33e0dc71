using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class KeywordOptInMissingPrivacyRuleTests
{
    private static readonly KeywordOptInMissingPrivacyRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string> Valid => new()
    {
        "Text JOIN to 55123 for order updates from Bright Smile Dental. Privacy: brightsmiledental.com/privacy",
        "Text JOIN to 55123 for order updates. We never share or sell your mobile number.",
        "Text JOIN to 55123 for order updates. No mobile information will be shared with third parties or affiliates.",
        "Text JOIN to 55123 for order updates. For our privacy notice call (303) 555-0142.",
    };

    public static TheoryData<string> Invalid => new()
    {
        "Text JOIN to 55123 for order updates from Bright Smile Dental. Msg & data rates may apply. Reply STOP to cancel.",
        "Customers opt in by texting START to (303) 555-0142. Terms: https://www.brightsmiledental.com/terms",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Rule.Code + template);

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_when_the_keyword_flow_points_to_privacy(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_when_the_keyword_flow_is_silent_on_privacy(string flow)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
        Assert.Contains("text", r.Findings[0].Evidence.Excerpt!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Fails_when_the_keyword_template_loses_its_privacy_link()
    {
        var flow = CtaFlows.Swap(CtaFlows.KeywordWithLinks, ("Privacy Policy: https://www.brightsmiledental.com/privacy and ", ""));
        RuleTester.Fails(Rule, CtaFlows.With(flow), Fields.MessageFlow);
    }

    [Fact]
    public void Passes_when_there_is_no_keyword_opt_in() => RuleTester.Passes(Rule, CtaFlows.Flow("Patients opt in on our website form at https://www.brightsmiledental.com/sms."));
}

using Preflight.Core.Model;
using Preflight.Core.Rules.VerbalOptIn;
using Preflight.Core.Tests.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.VerbalOptIn;

public sealed class VerbalScriptMissingPrivacyLinkRuleTests
{
    private static readonly VerbalScriptMissingPrivacyLinkRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string> NotVerbal => new()
    {
        "Patients opt in on https://www.brightsmiledental.com/sms by checking the SMS box. Questions? Call us at (303) 555-0142.",
        "Text JOIN to 55123 for reminders. For help, reach us by phone at (303) 555-0142.",
        "We do not collect consent over the phone; patients opt in at https://www.brightsmiledental.com/sms.",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Rule.Code + template);

    [Theory]
    [MemberData(nameof(NotVerbal))]
    public void Passes_when_consent_is_not_verbal(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    [Fact]
    public void Fails_when_the_script_says_nothing_about_privacy_even_if_the_flow_links_the_policy()
    {
        var flow = CtaFlows.Swap(CtaFlows.VerbalWithLinks,
            ("Staff read our Privacy Policy and Terms when the patient agrees and offer a copy. ", ""),
            ("They are also told that their number will not be shared with third parties for marketing or promotional purposes. ", ""));
        Assert.Contains("Privacy Policy: https://", flow, StringComparison.Ordinal);
        var r = RuleTester.Fails(Rule, CtaFlows.With(flow), Fields.MessageFlow);
        Assert.NotNull(r.Findings[0].Evidence.Start);
    }

    [Fact]
    public void Fails_when_the_script_only_says_numbers_are_not_shared()
    {
        var flow = CtaFlows.Swap(CtaFlows.VerbalWithLinks, ("Staff read our Privacy Policy and Terms when the patient agrees and offer a copy. ", ""));
        RuleTester.Fails(Rule, CtaFlows.With(flow), Fields.MessageFlow);
    }

    [Fact]
    public void Fails_when_the_quoted_script_drops_the_policy_address()
    {
        var flow = CtaFlows.Swap(CtaFlows.VerbalQuotedScript, ("; our privacy policy is at brightsmiledental.com/privacy.", "."));
        RuleTester.Fails(Rule, CtaFlows.With(flow), Fields.MessageFlow);
    }

    [Theory]
    [InlineData("bluegrassrec.coop/privacy")]
    [InlineData("www.brightsmile.dentist/privacy")]
    [InlineData("brightsmile.clinic/privacy")]
    public void Passes_when_the_quoted_script_gives_the_policy_address_on_a_less_common_top_level_domain(string address)
    {
        var flow = CtaFlows.Swap(CtaFlows.VerbalQuotedScript, ("brightsmiledental.com/privacy", address));
        RuleTester.Passes(Rule, CtaFlows.With(flow));
    }
}

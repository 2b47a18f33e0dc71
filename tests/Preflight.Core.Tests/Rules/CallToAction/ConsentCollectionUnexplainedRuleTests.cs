using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class ConsentCollectionUnexplainedRuleTests
{
    private static readonly ConsentCollectionUnexplainedRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string> NoConsentStep => new()
    {
        "Bright Smile Dental sends appointment reminders to patients who book at https://www.brightsmiledental.com/book. Reply STOP to cancel.",
        "Reminders go to the number on file. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Rule.Code + template);

    [Theory]
    [MemberData(nameof(NoConsentStep))]
    public void Fails_when_the_flow_never_says_how_consent_is_given(string flow)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
        Assert.Equal(flow, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Fails_when_no_terms_link_is_given_anywhere()
    {
        var flow = CtaFlows.Swap(CtaFlows.WebWithLinks, (" Terms: https://www.brightsmiledental.com/terms", ""));
        var r = RuleTester.Fails(Rule, CtaFlows.With(flow, links: false), Fields.TermsAndConditionsLink);
        Assert.Single(r.Findings);
    }

    [Fact]
    public void Passes_when_the_terms_link_is_only_in_the_field()
    {
        var flow = CtaFlows.Swap(CtaFlows.WebWithLinks, (" Terms: https://www.brightsmiledental.com/terms", ""));
        RuleTester.Passes(Rule, CtaFlows.With(flow, links: true));
    }

    [Fact]
    public void Fails_when_the_terms_field_holds_no_web_address()
    {
        var flow = CtaFlows.Swap(CtaFlows.WebWithLinks, (" Terms: https://www.brightsmiledental.com/terms", ""));
        var s = Golden.With(c => c with { MessageFlow = flow, TermsAndConditionsLink = "N/A" });
        RuleTester.Fails(Rule, s, Fields.TermsAndConditionsLink);
    }
}

using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class OptInInstructionsInsufficientRuleTests
{
    private static readonly OptInInstructionsInsufficientRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string> Thin => new()
    {
        "Opt-in via website.",
        "Customers opt in verbally.",
        "Website form, keyword and paper form.",
    };

    public static TheoryData<string> KeywordUnannounced => new()
    {
        "Patients text REMIND to (303) 555-0142 to receive appointment reminders from Bright Smile Dental. Msg & data rates may apply. Reply STOP to cancel.",
        "Customers opt in by texting JOIN to 55123 and get order updates. Msg frequency varies. Reply HELP for help.",
    };

    public static TheoryData<string> KeywordAnnounced => new()
    {
        "Patients text REMIND to (303) 555-0142 to receive appointment reminders, as shown on the posters in our waiting room.",
        "Customers text JOIN to 55123; the keyword is printed on every receipt.",
        "Customers text JOIN to 55123 after seeing it on our Instagram and Facebook pages.",
        "Customers text JOIN to 55123; see the attached screenshot of our in-store sign.",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Rule.Code + template);

    [Theory]
    [MemberData(nameof(Thin))]
    public void Fails_when_the_flow_is_a_few_words(string flow)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
        Assert.Equal(flow, r.Findings[0].Evidence.Excerpt);
    }

    [Theory]
    [MemberData(nameof(KeywordUnannounced))]
    public void Fails_when_a_keyword_is_not_advertised_anywhere(string flow)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
        Assert.Contains("text", r.Findings[0].Evidence.Excerpt!, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(KeywordAnnounced))]
    public void Passes_when_the_flow_says_where_the_keyword_is_shown(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    [Fact]
    public void Fails_when_the_keyword_template_loses_its_advertising()
    {
        var flow = CtaFlows.Swap(CtaFlows.KeywordWithLinks, (" The keyword is advertised on the signage in our waiting room and on our website's SMS page (screenshot attached).", ""));
        RuleTester.Fails(Rule, CtaFlows.With(flow), Fields.MessageFlow);
    }
}

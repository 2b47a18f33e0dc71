using Preflight.Core.Model;
using Preflight.Core.Rules.VerbalOptIn;
using Preflight.Core.Tests.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.VerbalOptIn;

public sealed class VerbalScriptMissingBrandNameRuleTests
{
    private static readonly VerbalScriptMissingBrandNameRule Rule = new();

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

    public static TheoryData<string, string, bool> VerbalTemplatesWithoutIt => CtaFlows.Missing("brand", CtaFlows.IsVerbal);

    [Theory]
    [MemberData(nameof(VerbalTemplatesWithoutIt))]
    public void Fails_when_a_verbal_template_loses_the_brand_name(string template, string flow, bool links)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.With(flow, links), Fields.MessageFlow);
        Assert.True(r.Findings[0].Evidence.Start is not null, template);
    }

    [Fact]
    public void Fails_when_the_brand_is_named_only_outside_the_script()
    {
        var flow = CtaFlows.Swap(CtaFlows.VerbalWithLinks, ("During the visit or call, Bright Smile Dental staff ask", "During the visit or call, staff ask"));
        Assert.StartsWith("Bright Smile Dental", flow, StringComparison.Ordinal);
        RuleTester.Fails(Rule, CtaFlows.With(flow), Fields.MessageFlow);
    }

    [Fact]
    public void Matches_a_brand_with_an_accent_and_an_apostrophe()
    {
        var s = Golden.WithBrand(b => b with { DisplayName = "Café Zoë's", CompanyName = "Cafe Zoes Inc." })
            with { Campaign = Golden.Campaign with { MessageFlow = "Guests opt in verbally at the counter. Staff say: \"Would you like order updates from Cafe Zoe's by text?\"" } };
        RuleTester.Passes(Rule, s);
    }

    [Fact]
    public void Leaves_a_flow_without_any_script_to_2105() =>
        RuleTester.Passes(Rule, CtaFlows.Flow("Patients opt in verbally when they call to book. Msg & data rates may apply. Reply STOP to cancel."));

    [Fact]
    public void Fails_when_the_script_names_the_brand_only_inside_a_web_address()
    {
        const string flow = "Patients opt in verbally at check-in. Staff say: \"Would you like appointment reminders by text? Our privacy policy is at brightsmiledental.com/privacy.\"";
        RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
    }

    [Fact]
    public void Fails_when_the_script_names_the_brand_only_inside_an_email_address()
    {
        const string flow = "Patients opt in verbally at check-in. Staff say: \"Would you like appointment reminders by text? Questions go to office@brightsmiledental.com.\"";
        RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
    }

    private static Submission DomainNamed(string script) => Golden.WithBrand(b => b with { DisplayName = "StayFinder.com", CompanyName = "StayFinder Inc" })
        with { Campaign = Golden.Campaign with { MessageFlow = "Guests opt in verbally when they call to book. Agents say: \"" + script + "\"" } };

    [Fact]
    public void Passes_when_a_brand_named_as_a_domain_is_written_alone_in_the_script() =>
        RuleTester.Passes(Rule, DomainNamed("Would you like booking updates by text from StayFinder.com? Up to 4 msgs/mo. Msg & data rates may apply. Reply STOP to cancel."));

    [Fact]
    public void Fails_when_a_brand_named_as_a_domain_appears_only_as_a_link_in_the_script() =>
        RuleTester.Fails(Rule, DomainNamed("Would you like booking updates by text? Details are at www.stayfinder.com/texts. Reply STOP to cancel."), Fields.MessageFlow);
}

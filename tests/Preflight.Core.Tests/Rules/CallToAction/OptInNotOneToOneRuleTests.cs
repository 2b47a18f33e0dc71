using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class OptInNotOneToOneRuleTests
{
    private static readonly OptInNotOneToOneRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string> Shared => new()
    {
        "We text homeowners from purchased lists who may need dental care.",
        "Our partners collect opt-ins on their websites and send us the numbers.",
        "Consent is shared with our partners so they can text offers too.",
        "Numbers come from lead vendors and are texted daily.",
        "Patients opt in on our booking form. We also text new-mover households from a mailing list we buy each month from a data vendor.",
        "Shoppers check a box: \"Yes, Juniper Lane and our trusted brand partners may send me promotional texts.\"",
        "Contacts purchased from a data broker receive our seasonal reminders.",
    };

    public static TheoryData<string> OneToOne => new()
    {
        "We never use purchased lists; patients opt in on https://www.brightsmiledental.com/sms.",
        "Opt-in data will not be shared with third parties or affiliates.",
        "Mobile numbers and consent are never sold or shared with partners.",
        "Customers opt in at checkout; our delivery partners may text you an arrival window for your own order.",
        "We never text anyone from a mailing list we buy; patients opt in on our booking form.",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Rule.Code + template);

    [Theory]
    [MemberData(nameof(OneToOne))]
    public void Passes_when_sharing_is_denied(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    [Theory]
    [MemberData(nameof(Shared))]
    public void Fails_when_consent_is_not_given_to_the_brand(string flow) =>
        RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
}

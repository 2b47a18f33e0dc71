using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class PromotionalWithoutWrittenOptInRuleTests
{
    private static readonly PromotionalWithoutWrittenOptInRule Rule = new();

    public static TheoryData<string, string, bool> WrittenTemplates => CtaFlows.Table(t => !CtaFlows.IsVerbal(t));

    public static TheoryData<string, string, bool> VerbalTemplates => CtaFlows.Table(CtaFlows.IsVerbal);

    public static TheoryData<string> Written => new()
    {
        "Shoppers sign up on our website checkout page by checking the SMS box to get weekly deals from Bright Smile Dental.",
        "Text SMILE to 55123 to join Bright Smile Dental's offers list.",
        "Patients fill out our paper sign-up form at the front desk to receive promotions.",
        "Customers opt in on the tablet at the register to get our specials.",
        "Scan the QR code on the poster to sign up for offers.",
        "Customers opt in in person at our office by signing a consent form, or online at https://www.brightsmiledental.com/sms.",
    };

    public static TheoryData<string> SpokenOnly => new()
    {
        "Customers give verbal consent at the register to receive weekly offers. Visit us at www.brightsmiledental.com.",
        "Patients opt in over the phone when they call to book. For details on our Privacy Policy, visit our website.",
        "Staff ask patients in person whether they want promotional texts and note their answer.",
    };

    [Theory]
    [MemberData(nameof(WrittenTemplates))]
    public void Passes_on_written_templates_in_a_marketing_campaign(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, Marketing(CtaFlows.With(flow, links))).Rule.Code + template);

    [Theory]
    [MemberData(nameof(VerbalTemplates))]
    public void Passes_on_verbal_templates_in_an_informational_campaign(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Rule.Code + template);

    [Theory]
    [MemberData(nameof(VerbalTemplates))]
    public void Fails_on_verbal_templates_in_a_marketing_campaign(string template, string flow, bool links)
    {
        var r = RuleTester.Fails(Rule, Marketing(CtaFlows.With(flow, links)), Fields.MessageFlow);
        Assert.True(r.Findings[0].Evidence.Excerpt is "verbally", template);
    }

    [Theory]
    [MemberData(nameof(Written))]
    public void Passes_when_consent_is_written(string flow) => RuleTester.Passes(Rule, Marketing(CtaFlows.Flow(flow)));

    [Theory]
    [MemberData(nameof(SpokenOnly))]
    public void Fails_when_marketing_consent_is_only_spoken(string flow) =>
        RuleTester.Fails(Rule, Marketing(CtaFlows.Flow(flow)), Fields.MessageFlow);

    [Fact]
    public void Reads_promotional_wording_without_the_marketing_use_case()
    {
        var s = CtaFlows.Flow("Patients opt in verbally at the front desk to get our monthly whitening specials and 20% off coupons.");
        var r = RuleTester.Fails(Rule, s, Fields.MessageFlow);
        Assert.Contains("promotional", r.Findings[0].Message, StringComparison.Ordinal);
    }

    private static Submission Marketing(Submission s) => s with { Campaign = s.Campaign with { Usecase = UseCases.Marketing } };
}

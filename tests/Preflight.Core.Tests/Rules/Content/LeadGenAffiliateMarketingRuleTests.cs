using Preflight.Core.Model;
using Preflight.Core.Rules.Content;

namespace Preflight.Core.Tests.Rules.Content;

public sealed class LeadGenAffiliateMarketingRuleTests
{
    private static readonly LeadGenAffiliateMarketingRule Rule = new();

    public static TheoryData<string, string> Failing => new()
    {
        { "QuoteHub collects consumer requests and we sell leads to insurance agents in each state.", "sell leads" },
        { "Subscribers receive offers from our partners on solar, insurance and home warranties.", "offers from our partners" },
        { "We run lead generation for roofing contractors; partners may contact you with quotes.", "lead generation" },
    };

    public static TheoryData<string> Passing => new()
    {
        "Bright Smile Dental sends appointment reminders. We will not share your information with third parties or affiliates for marketing.",
        "This campaign will not be used for affiliate marketing or lead generation. Reminders only, up to 4 messages per month.",
        "Lakeview Medical Center, affiliated with Northwestern Medicine, sends visit reminders to its own patients.",
        "Mobile information will not be shared with third parties/affiliates for marketing/promotional purposes.",
    };

    [Theory]
    [MemberData(nameof(Failing))]
    public void Fails_on_lead_generation(string description, string excerpt)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Description = description }), Fields.Description);
        Assert.Equal(excerpt, r.Findings[0].Evidence.Excerpt);
    }

    [Theory]
    [MemberData(nameof(Passing))]
    public void Passes_non_sharing_statements(string description) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Description = description }));

    [Fact]
    public void Fails_when_affiliate_marketing_is_declared()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { AffiliateMarketing = true }), Fields.AffiliateMarketing);
        Assert.Equal("true", r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Fails_on_partner_offers_in_a_sample() =>
        RuleTester.Fails(Rule, Golden.With(c => c with { Sample2 = "Bright Smile Dental: see partner offers on dental insurance at brightsmiledental.com/deals. Reply STOP to opt out." }), Fields.Sample2);
}

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
        { "HomePro Match connects homeowners with pre-screened local roofers and plumbers who send quotes.", "connects homeowners with pre-screened" },
        { "DealHound texts daily deals; we earn a commission when readers buy through our links.", "commission when readers buy" },
        { "CoverQuote compares auto insurance; a licensed agent from one of our partner carriers will call you.", "partner carriers will" },
        { "Subscribers agree that our trusted brand partners may send them promotional texts.", "brand partners may send" },
    };

    public static TheoryData<string> Passing => new()
    {
        "Bright Smile Dental sends appointment reminders. We will not share your information with third parties or affiliates for marketing.",
        "This campaign will not be used for affiliate marketing or lead generation. Reminders only, up to 4 messages per month.",
        "Lakeview Medical Center, affiliated with Northwestern Medicine, sends visit reminders to its own patients.",
        "Mobile information will not be shared with third parties/affiliates for marketing/promotional purposes.",
        "Reyes Insurance is an independent agency; we compare quotes from 12 carriers for our own clients at renewal.",
        "Bluebird Pet Supply texts order updates; our delivery partners may text you an arrival window.",
        "Hernandez HVAC texts visit reminders; our pre-screened local technicians carry photo ID.",
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

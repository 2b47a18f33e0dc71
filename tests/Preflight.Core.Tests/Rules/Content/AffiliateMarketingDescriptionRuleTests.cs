using Preflight.Core.Model;
using Preflight.Core.Rules.Content;

namespace Preflight.Core.Tests.Rules.Content;

public sealed class AffiliateMarketingDescriptionRuleTests
{
    private static readonly AffiliateMarketingDescriptionRule Rule = new();

    public static TheoryData<string, string> Failing => new()
    {
        { "Consumers opt in on our quote form and are matched with a lender from our network of lenders.", "matched with a lender" },
        { "We promote affiliate offers from partner brands to subscribers who join by keyword.", "affiliate offers" },
        { "Shoppers check a box agreeing that our brand partners may send them promotional texts.", "brand partners may send" },
        { "Homeowners request quotes on our site and up to 3 pre-screened contractors reach out.", "up to 3 pre-screened" },
    };

    public static TheoryData<string> Passing => new()
    {
        "Patients opt in on our booking form. No mobile information will be shared with third parties or affiliates for marketing purposes.",
        "Patients opt in on our booking form. This campaign is not used for lead generation.",
    };

    [Theory]
    [MemberData(nameof(Failing))]
    public void Fails_on_affiliate_marketing_in_the_flow(string flow, string excerpt)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { MessageFlow = flow }), Fields.MessageFlow);
        Assert.Equal(excerpt, r.Findings[0].Evidence.Excerpt);
    }

    [Theory]
    [MemberData(nameof(Passing))]
    public void Passes_non_sharing_statements(string flow) => RuleTester.Passes(Rule, Golden.With(c => c with { MessageFlow = flow }));

    [Fact]
    public void Reads_only_the_description_and_flow() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Sample2 = "Bright Smile Dental: see partner offers at brightsmiledental.com/deals. Reply STOP to opt out." }));

    [Fact]
    public void Fails_when_affiliate_marketing_is_declared() =>
        RuleTester.Fails(Rule, Golden.With(c => c with { AffiliateMarketing = true }), Fields.AffiliateMarketing);
}

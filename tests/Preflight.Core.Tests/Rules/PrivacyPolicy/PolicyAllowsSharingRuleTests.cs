using Preflight.Core.Rules.PrivacyPolicy;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.PrivacyPolicy;

public sealed class PolicyAllowsSharingRuleTests
{
    private static readonly PolicyAllowsSharingRule Rule = new();

    public static TheoryData<string> Compliant => new()
    {
        "privacy-good.html",
        "privacy-simple-statement.html",
        "privacy-carveout.html",
        "privacy-even-with-consent.html",
        "privacy-no-statement.html",
        "not-privacy.html",
    };

    [Theory]
    [MemberData(nameof(Compliant))]
    public void Passes_when_opt_in_data_is_excluded_or_nothing_is_shared(string file) =>
        RuleTester.Passes(Rule, Golden.Submission, Pages.Privacy(file));

    [Fact]
    public void Fails_when_the_policy_shares_with_partners_and_has_no_carve_out()
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Privacy("privacy-shares.html"));
        var f = Assert.Single(r.Findings);
        Assert.Equal("We may share your information with our partners and affiliates so they can tell you about products and services that may interest you.", f.Evidence.Excerpt);
        Assert.Equal(Pages.PrivacyUrl, f.Evidence.Url);
        Assert.Equal("#main > article > p:nth-of-type(5)", f.Evidence.Selector);
    }

    [Fact]
    public void Fails_when_the_policy_shares_mobile_numbers_with_marketers()
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Privacy("privacy-shares-mobile.html"));
        Assert.Contains("mobile phone number with our marketing partners", Assert.Single(r.Findings).Evidence.Excerpt);
    }
}

using Preflight.Core.Rules.PrivacyPolicy;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.PrivacyPolicy;

public sealed class PolicySharingExceptionRuleTests
{
    private static readonly PolicySharingExceptionRule Rule = new();

    [Theory]
    [InlineData("privacy-good.html")]
    [InlineData("privacy-simple-statement.html")]
    [InlineData("privacy-except-consent.html")]
    [InlineData("privacy-even-with-consent.html")]
    public void Passes_without_a_partner_or_marketing_exception(string file) =>
        RuleTester.Passes(Rule, Golden.Submission, Pages.Privacy(file));

    [Fact]
    public void Fails_when_affiliates_are_excepted()
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Privacy("privacy-partner-exception.html"));
        var f = Assert.Single(r.Findings);
        Assert.Equal("We will not share mobile opt-in data with third parties, except with our affiliates and marketing partners.", f.Evidence.Excerpt);
    }
}

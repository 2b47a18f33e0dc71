using Preflight.Core.Rules.PrivacyPolicy;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.PrivacyPolicy;

public sealed class NotAPrivacyPolicyRuleTests
{
    private static readonly NotAPrivacyPolicyRule Rule = new();

    [Theory]
    [InlineData("privacy-good.html")]
    [InlineData("privacy-shares.html")]
    [InlineData("privacy-no-statement.html")]
    public void Passes_on_privacy_policies_good_or_bad(string file) =>
        RuleTester.Passes(Rule, Golden.Submission, Pages.Privacy(file));

    [Theory]
    [InlineData("not-privacy.html")]
    [InlineData("terms-good.html")]
    [InlineData("optin-good.html")]
    public void Fails_on_other_pages(string file)
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Privacy(file));
        Assert.Equal("title", Assert.Single(r.Findings).Evidence.Selector);
    }
}

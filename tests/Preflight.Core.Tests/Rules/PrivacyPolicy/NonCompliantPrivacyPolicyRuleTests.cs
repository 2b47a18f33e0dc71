using Preflight.Core.Engine;
using Preflight.Core.Rules.PrivacyPolicy;
using Preflight.Core.Sites;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.PrivacyPolicy;

public sealed class NonCompliantPrivacyPolicyRuleTests
{
    private static readonly NonCompliantPrivacyPolicyRule Rule = new();

    [Theory]
    [InlineData("privacy-good.html")]
    [InlineData("privacy-simple-statement.html")]
    [InlineData("privacy-carveout.html")]
    [InlineData("privacy-even-with-consent.html")]
    public void Passes_a_compliant_policy(string file) =>
        RuleTester.Passes(Rule, Golden.Submission, Pages.Privacy(file));

    [Theory]
    [InlineData("privacy-shares.html", "partners and affiliates")]
    [InlineData("privacy-except-consent.html", "except with your consent")]
    [InlineData("privacy-partner-exception.html", "except with our affiliates")]
    [InlineData("privacy-no-statement.html", "never says")]
    [InlineData("not-privacy.html", "is not a privacy policy")]
    public void Fails_a_missing_or_non_compliant_policy(string file, string expected)
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Privacy(file));
        Assert.Contains(r.Findings, f => f.Message.Contains(expected, StringComparison.Ordinal) || (f.Evidence.Excerpt ?? "").Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Fails_when_the_policy_page_is_missing()
    {
        var site = Pages.Site(SiteRoles.Privacy, "not-privacy.html", "/privacy") with { Page = new PageEvidence { FinalUrl = Pages.PrivacyUrl, Status = 404, Html = "<h1>Not found</h1>" } };
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Set(site));
        Assert.Contains("404", Assert.Single(r.Findings).Message);
    }

    [Fact]
    public void Fails_when_opt_out_instructions_are_missing()
    {
        var html = Pages.Html("privacy-good.html").Replace("you can opt out at any time by texting STOP to (303) 555-0142", "please call our office", StringComparison.Ordinal);
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Set(Pages.Served(SiteRoles.Privacy, Pages.PrivacyUrl, html)));
        Assert.Contains("opt out", Assert.Single(r.Findings).Message);
    }

    [Fact]
    public void Is_not_evaluated_when_gathering_was_refused() =>
        Assert.Equal(Outcome.NotEvaluated, RuleTester.Run(Rule, Golden.Submission,
            Pages.Set(Pages.Failed(SiteRoles.Privacy, Pages.PrivacyUrl, "private-address", "10.0.0.5 is a private address"))).Outcome);
}

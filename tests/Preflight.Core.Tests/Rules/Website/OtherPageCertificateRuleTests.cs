using Preflight.Core.Engine;
using Preflight.Core.Rules.Website;
using Preflight.Core.Sites;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.Website;

public sealed class OtherPageCertificateRuleTests
{
    private static readonly OtherPageCertificateRule Rule = new();

    [Fact]
    public void Passes_trusted_terms_and_website_certificates() =>
        RuleTester.Passes(Rule, Golden.Submission, Pages.Set(
            Pages.Site(SiteRoles.Terms, "terms-good.html", "/terms"),
            Pages.Site(SiteRoles.Website, "optin-good.html", "/")));

    [Theory]
    [InlineData(SiteRoles.Terms, "terms page")]
    [InlineData(SiteRoles.Website, "brand website")]
    public void Fails_an_expired_certificate_on_the_page(string role, string _)
    {
        var site = Pages.Site(role, role == SiteRoles.Terms ? "terms-good.html" : "optin-good.html", role == SiteRoles.Terms ? "/terms" : "/")
            with { Tls = Pages.BadTls(ChainStatuses.Expired) };
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Set(site));
        var f = Assert.Single(r.Findings);
        Assert.Contains("expired", f.Message);
        Assert.Equal(site.Url, f.Evidence.Url);
    }

    [Fact]
    public void Ignores_the_opt_in_page_which_2103_judges()
    {
        var site = Pages.Site(SiteRoles.OptIn, "optin-good.html", "/book") with { Tls = Pages.BadTls(ChainStatuses.SelfSigned) };
        Assert.Equal(Outcome.NotEvaluated, RuleTester.Run(Rule, Golden.Submission, Pages.Set(site)).Outcome);
    }
}

using Preflight.Core.Engine;
using Preflight.Core.Rules.Website;
using Preflight.Core.Sites;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.Website;

public sealed class HttpNotRedirectedRuleTests
{
    private static readonly HttpNotRedirectedRule Rule = new();

    [Fact]
    public void Passes_when_http_redirects() => RuleTester.Passes(Rule, Golden.Submission, Pages.OptIn("optin-good.html"));

    [Fact]
    public void Warns_when_http_serves_the_page()
    {
        var site = Pages.Site(SiteRoles.OptIn, "optin-good.html", "/book") with { HttpRedirectsToHttps = false };
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Set(site));
        Assert.Equal("http://www.brightsmiledental.com/", Assert.Single(r.Findings).Evidence.Url);
    }

    [Fact]
    public void Is_not_evaluated_when_not_probed()
    {
        var site = Pages.Site(SiteRoles.OptIn, "optin-good.html", "/book") with { HttpRedirectsToHttps = null };
        Assert.Equal(Outcome.NotEvaluated, RuleTester.Run(Rule, Golden.Submission, Pages.Set(site)).Outcome);
    }
}

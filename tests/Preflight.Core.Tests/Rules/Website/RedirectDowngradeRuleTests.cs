using Preflight.Core.Rules.Website;
using Preflight.Core.Sites;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.Website;

public sealed class RedirectDowngradeRuleTests
{
    private static readonly RedirectDowngradeRule Rule = new();

    [Fact]
    public void Passes_https_all_the_way() => RuleTester.Passes(Rule, Golden.Submission, Pages.OptIn("optin-good.html"));

    [Fact]
    public void Fails_when_an_https_link_lands_on_http()
    {
        var site = Pages.Site(SiteRoles.OptIn, "optin-good.html", "/book");
        site = site with
        {
            Redirects = [new RedirectHop(Pages.OptInUrl, 301, "http://www.brightsmiledental.com/book/"), new RedirectHop("http://www.brightsmiledental.com/book/", 200, null)],
            Page = site.Page! with { FinalUrl = "http://www.brightsmiledental.com/book/" },
        };
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Set(site));
        Assert.Equal("http://www.brightsmiledental.com/book/", Assert.Single(r.Findings).Evidence.Excerpt);
    }
}

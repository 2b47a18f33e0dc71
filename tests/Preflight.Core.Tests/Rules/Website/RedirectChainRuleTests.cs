using Preflight.Core.Rules.Website;
using Preflight.Core.Sites;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.Website;

public sealed class RedirectChainRuleTests
{
    private static readonly RedirectChainRule Rule = new();

    [Fact]
    public void Passes_one_or_two_redirects()
    {
        var site = Pages.Site(SiteRoles.OptIn, "optin-good.html", "/book") with
        {
            Redirects = [new RedirectHop("https://brightsmiledental.com/book", 301, "https://www.brightsmiledental.com/book"), new RedirectHop(Pages.OptInUrl, 200, null)],
        };
        RuleTester.Passes(Rule, Golden.Submission, Pages.Set(site));
    }

    [Fact]
    public void Fails_a_loop_reported_by_the_gatherer()
    {
        var site = Pages.Failed(SiteRoles.OptIn, Pages.OptInUrl, "redirect-loop", "redirect loop") with
        {
            Redirects = [new RedirectHop(Pages.OptInUrl, 302, "/book/"), new RedirectHop(Pages.OptInUrl + "/", 302, "/book"), new RedirectHop(Pages.OptInUrl, 302, "/book/")],
        };
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Set(site));
        Assert.Contains("loop", Assert.Single(r.Findings).Message);
    }

    [Fact]
    public void Fails_a_chain_longer_than_ten_hops()
    {
        var hops = Enumerable.Range(0, 12).Select(i => new RedirectHop($"{Pages.Origin}/r{i}", 302, $"/r{i + 1}")).ToList();
        hops.Add(new RedirectHop(Pages.Origin + "/r12", 200, null));
        var site = Pages.Site(SiteRoles.OptIn, "optin-good.html", "/book") with { Redirects = hops };
        RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Set(site));
    }
}

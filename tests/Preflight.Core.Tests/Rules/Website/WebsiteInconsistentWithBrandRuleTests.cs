using Preflight.Core.Engine;
using Preflight.Core.Rules.Website;
using Preflight.Core.Sites;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.Website;

public sealed class WebsiteInconsistentWithBrandRuleTests
{
    private static readonly WebsiteInconsistentWithBrandRule Rule = new();

    [Fact]
    public void Passes_the_brands_own_site() => RuleTester.Passes(Rule, Golden.Submission, Pages.Website("website-good.html"));

    [Fact]
    public void Passes_when_the_domain_resembles_the_brand_even_if_the_page_does_not_name_it()
    {
        var site = Pages.Served(SiteRoles.Website, "https://www.brightsmiledental.com/", Pages.Html("website-other-business.html"));
        RuleTester.Passes(Rule, Golden.Submission, Pages.Set(site));
    }

    [Fact]
    public void Warns_on_another_business_under_an_unrelated_domain()
    {
        var site = Pages.Served(SiteRoles.Website, "https://www.summitroofs.com/", Pages.Html("website-other-business.html"));
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Set(site));
        var f = Assert.Single(r.Findings);
        Assert.Equal("Summit Roofing Co. | Denver Roof Repair", f.Evidence.Excerpt);
        Assert.Equal(Severity.Warning, Rule.Descriptor.Severity);
    }
}

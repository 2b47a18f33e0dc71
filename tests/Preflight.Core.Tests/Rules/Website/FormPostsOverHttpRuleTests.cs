using Preflight.Core.Rules.Website;
using Preflight.Core.Sites;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.Website;

public sealed class FormPostsOverHttpRuleTests
{
    private static readonly FormPostsOverHttpRule Rule = new();

    [Fact]
    public void Passes_a_form_posting_to_a_relative_path() => RuleTester.Passes(Rule, Golden.Submission, Pages.OptIn("optin-good.html"));

    [Fact]
    public void Fails_a_form_posting_to_http_read_from_the_markup()
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.OptIn("optin-mixed-content.html"));
        var f = Assert.Single(r.Findings);
        Assert.Equal("#booking-form", f.Evidence.Selector);
        Assert.Equal("http://forms.brightsmiledental.com/book", f.Evidence.Excerpt);
    }

    [Fact]
    public void Uses_the_gatherers_resource_list_when_present()
    {
        var site = Pages.Site(SiteRoles.OptIn, "optin-good.html", "/book");
        site = site with { Page = site.Page! with { Resources = [new SubResource("http://crm.example.com/submit", "form-action", "#booking-form")] } };
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Set(site));
        Assert.Equal("http://crm.example.com/submit", Assert.Single(r.Findings).Evidence.Excerpt);
    }

    [Fact]
    public void Ignores_http_pages_themselves()
    {
        var site = Pages.Served(SiteRoles.OptIn, "http://www.brightsmiledental.com/book", Pages.Html("optin-mixed-content.html"));
        RuleTester.Passes(Rule, Golden.Submission, Pages.Set(site));
    }
}

using Preflight.Core.Rules.Website;
using Preflight.Core.Sites;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.Website;

public sealed class InauthenticWebsiteRuleTests
{
    private static readonly InauthenticWebsiteRule Rule = new();

    [Theory]
    [InlineData("website-good.html")]
    [InlineData("optin-good.html")]
    public void Passes_a_real_site(string file) => RuleTester.Passes(Rule, Golden.Submission, Pages.Website(file));

    [Theory]
    [InlineData("website-parked.html", "parked domain", "This domain is for sale")]
    [InlineData("website-coming-soon.html", "coming soon page", "Coming Soon")]
    [InlineData("website-nginx-default.html", "server default page", "Welcome to nginx")]
    public void Warns_on_placeholders(string file, string kind, string excerpt)
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Website(file));
        var f = Assert.Single(r.Findings);
        Assert.Contains(kind, f.Message);
        Assert.Equal(excerpt, f.Evidence.Excerpt);
    }

    [Fact]
    public void Warns_when_the_site_does_not_load() =>
        RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Set(Pages.Failed(SiteRoles.Website, "https://www.brightsmiledental.com", "dns", "no such host")));
}

using Preflight.Core.Rules.PrivacyPolicy;
using Preflight.Core.Sites;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.PrivacyPolicy;

public sealed class PrivacyUrlNotFoundRuleTests
{
    private static readonly PrivacyUrlNotFoundRule Rule = new();

    [Fact]
    public void Passes_a_page_that_loads() => RuleTester.Passes(Rule, Golden.Submission, Pages.Privacy("privacy-good.html"));

    [Theory]
    [InlineData("dns", "NXDOMAIN: brightsmiledentl.com")]
    [InlineData("connect", "connection refused")]
    public void Fails_when_there_is_no_site(string kind, string error)
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Set(Pages.Failed(SiteRoles.Privacy, "https://www.brightsmiledentl.com/privacy", kind, error)));
        Assert.Equal(error, Assert.Single(r.Findings).Evidence.Excerpt);
    }

    [Fact]
    public void Fails_on_a_404()
    {
        var site = Pages.Site(SiteRoles.Privacy, "not-privacy.html", "/privacy-policy") with { Page = new PageEvidence { FinalUrl = Pages.Origin + "/privacy-policy", Status = 404 } };
        RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Set(site));
    }
}

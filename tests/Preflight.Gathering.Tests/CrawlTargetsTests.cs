using Preflight.Core.Model;
using Preflight.Core.Sites;

namespace Preflight.Gathering.Tests;

public sealed class CrawlTargetsTests
{
    private static Submission Make(string? website, string? privacy, string? terms, string? flow) => new()
    {
        Brand = new Brand { Website = website },
        Campaign = new Campaign { PrivacyPolicyLink = privacy, TermsAndConditionsLink = terms, MessageFlow = flow },
    };

    [Fact]
    public void Every_named_url_gets_its_role()
    {
        var targets = CrawlTargets.For(Make("acmebakery.com", "https://acmebakery.com/privacy", "https://acmebakery.com/terms",
            "Customers opt in at https://acmebakery.com/sms by ticking an unchecked box. Privacy: https://acmebakery.com/privacy/ Terms: https://acmebakery.com/terms"));
        Assert.Equal(
        [
            new CrawlTarget("https://acmebakery.com/privacy", SiteRoles.Privacy),
            new CrawlTarget("https://acmebakery.com/terms", SiteRoles.Terms),
            new CrawlTarget("https://acmebakery.com", SiteRoles.Website),
            new CrawlTarget("https://acmebakery.com/sms", SiteRoles.OptIn),
        ], targets);
    }

    [Fact]
    public void Bare_address_in_the_flow_becomes_https_and_duplicates_are_dropped()
    {
        var targets = CrawlTargets.For(Make(null, null, null, "Sign up at www.acme.com/join or www.acme.com/join/ — same page."));
        Assert.Equal([new CrawlTarget("https://www.acme.com/join", SiteRoles.OptIn)], targets);
    }

    [Fact]
    public void Submission_without_urls_has_nothing_to_crawl() =>
        Assert.Empty(CrawlTargets.For(Make(null, "", null, "Customers text JOIN to 12345.")));
}

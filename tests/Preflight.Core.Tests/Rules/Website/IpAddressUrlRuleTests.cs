using Preflight.Core.Model;
using Preflight.Core.Rules.Website;
using Preflight.Core.Sites;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.Website;

public sealed class IpAddressUrlRuleTests
{
    private static readonly IpAddressUrlRule Rule = new();

    [Fact]
    public void Passes_the_golden_submission() => RuleTester.Passes(Rule, Golden.Submission);

    [Theory]
    [InlineData("https://192.168.1.1/privacy")]
    [InlineData("https://203.0.113.7/privacy.html")]
    public void Fails_an_ip_address_link(string link)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { PrivacyPolicyLink = link }), Fields.PrivacyPolicyLink);
        Assert.Equal(link, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Fails_a_gathered_url_on_an_ip_address()
    {
        var site = Pages.Served(SiteRoles.Unknown, "https://127.0.0.1/", Pages.Html("website-good.html"));
        var r = RuleTester.Fails(Rule, new Submission(), sites: Pages.Set(site));
        Assert.Equal("https://127.0.0.1/", Assert.Single(r.Findings).Evidence.Url);
    }

    [Fact]
    public void Version_numbers_are_not_addresses() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { MessageFlow = Golden.Campaign.MessageFlow + " Form version 1.2.3.4 released." }));
}

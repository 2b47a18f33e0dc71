using Preflight.Core.Model;
using Preflight.Core.Rules.Website;
using Preflight.Core.Sites;
using Preflight.Core.Tests.Html;
using Preflight.Core.Text;

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

    /// <summary>
    /// A host that MayBeIpAddress turns away is one IPAddress.TryParse cannot read: every host of every address found
    /// over the corpus, and the forms of address TryParse reads.
    /// </summary>
    [Fact]
    public void Turns_away_only_hosts_that_are_no_ip_address()
    {
        foreach (var host in new[] { "127.0.0.1", "10.1", "2130706433", "0x7f.1", "0177.0.0.1", "::1", "fe80::1", "1.example.com", "acme.com", "", "a1.2.3.4" })
            Assert.True(IpAddressUrlRule.MayBeIpAddress(host) || !System.Net.IPAddress.TryParse(host, out _), host);
        Assert.False(IpAddressUrlRule.MayBeIpAddress("acme.com"));
        Assert.True(IpAddressUrlRule.MayBeIpAddress("203.0.113.7"));
        Tests.Text.Corpus.CompareAll(text =>
        {
            var any = false;
            foreach (var u in Urls.Find(text))
            {
                var parses = System.Net.IPAddress.TryParse(u.Host, out _);
                Assert.True(IpAddressUrlRule.MayBeIpAddress(u.Host) || !parses, $"{u.Host} in \"{text}\"");
                any |= parses;
            }
            return any;
        }, minFound: 5);
    }
}

using Preflight.Core.Rules.PrivacyPolicy;
using Preflight.Core.Sites;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.PrivacyPolicy;

public sealed class PrivacyUrlCertificateRuleTests
{
    private static readonly PrivacyUrlCertificateRule Rule = new();

    [Fact]
    public void Passes_a_trusted_certificate() => RuleTester.Passes(Rule, Golden.Submission, Pages.Privacy("privacy-good.html"));

    [Theory]
    [InlineData(ChainStatuses.Expired, "expired on")]
    [InlineData(ChainStatuses.SelfSigned, "self-signed")]
    [InlineData(ChainStatuses.IncompleteChain, "intermediate")]
    public void Fails_a_certificate_that_does_not_verify(string problem, string words)
    {
        var site = Pages.Site(SiteRoles.Privacy, "privacy-good.html", "/privacy") with { Tls = Pages.BadTls(problem) };
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Set(site));
        var f = Assert.Single(r.Findings);
        Assert.Contains(words, f.Message);
        Assert.Equal("tls", f.Evidence.Source);
        Assert.Contains(problem, f.Evidence.Excerpt);
    }

    [Fact]
    public void Ignores_the_opt_in_page_certificate()
    {
        var optIn = Pages.Site(SiteRoles.OptIn, "optin-good.html", "/book") with { Tls = Pages.BadTls(ChainStatuses.Expired) };
        RuleTester.Passes(Rule, Golden.Submission, Pages.Set(optIn, Pages.Site(SiteRoles.Privacy, "privacy-good.html", "/privacy")));
    }
}

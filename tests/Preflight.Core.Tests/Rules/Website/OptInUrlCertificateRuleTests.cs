using Preflight.Core.Engine;
using Preflight.Core.Rules.Website;
using Preflight.Core.Sites;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.Website;

public sealed class OptInUrlCertificateRuleTests
{
    private static readonly OptInUrlCertificateRule Rule = new();

    private static SiteEvidenceSet With(TlsEvidence? tls, string? errorKind = null) =>
        Pages.Set(Pages.Site(SiteRoles.OptIn, "optin-good.html", "/book") with { Tls = tls, ErrorKind = errorKind, Error = errorKind is null ? null : "handshake failed: unexpected EOF" });

    [Fact]
    public void Passes_a_trusted_certificate() => RuleTester.Passes(Rule, Golden.Submission, Pages.OptIn("optin-good.html"));

    public static TheoryData<string, string> Problems => new()
    {
        { ChainStatuses.Expired, "expired on 2026-10-30" },
        { ChainStatuses.NotYetValid, "not valid before 2026-11-07" },
        { ChainStatuses.HostnameMismatch, "issued for shop.example.net, not www.brightsmiledental.com" },
        { ChainStatuses.SelfSigned, "self-signed" },
        { ChainStatuses.UntrustedRoot, "root that browsers do not trust" },
        { ChainStatuses.IncompleteChain, "intermediate certificate" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Fails_quoting_the_certificate(string problem, string words)
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: With(Pages.BadTls(problem)));
        var f = Assert.Single(r.Findings);
        Assert.Contains(words, f.Message);
        Assert.Contains("Subject \"CN=", f.Message);
        Assert.Contains("issuer \"", f.Message);
        Assert.Equal(Pages.OptInUrl, f.Evidence.Url);
        Assert.Contains("notAfter=", f.Evidence.Excerpt);
    }

    [Fact]
    public void Fails_when_the_handshake_failed_before_any_certificate() =>
        RuleTester.Fails(Rule, Golden.Submission, sites: With(null, "tls"));

    [Fact]
    public void Passes_with_a_note_for_plain_http()
    {
        var site = Pages.Served(SiteRoles.OptIn, "http://www.brightsmiledental.com/book", Pages.Html("optin-good.html"));
        var r = RuleTester.Passes(Rule, Golden.Submission, Pages.Set(site));
        Assert.NotNull(r.Note);
    }

    [Fact]
    public void Is_not_evaluated_without_an_opt_in_page() =>
        Assert.Equal(Outcome.NotEvaluated, RuleTester.Run(Rule, Golden.Submission, Pages.Privacy("privacy-good.html")).Outcome);
}

using Preflight.Core.Html;
using Preflight.Core.Sites;

namespace Preflight.Core.Tests.Html;

/// <summary>
/// Builds gathered-site evidence from the HTML fixtures in Fixtures/Pages, the way the gatherer would record a
/// healthy https site, so rule tests can change one fact at a time.
/// </summary>
public static class Pages
{
    public const string Origin = "https://www.brightsmiledental.com";
    public static readonly DateTimeOffset Now = new(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The fixture's HTML: from the build output when copied there, otherwise from the source tree.</summary>
    public static string Html(string file)
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pages", file);
        var path = File.Exists(copied) ? copied : Path.Combine(TestPaths.RepoRoot, "tests", "Preflight.Core.Tests", "Fixtures", "Pages", file);
        return File.ReadAllText(path);
    }

    public static HtmlPage Parse(string file, string path = "/book") => HtmlPage.Parse(Html(file), Origin + path);

    public static TlsEvidence GoodTls(string host = "www.brightsmiledental.com", int daysLeft = 80) => new()
    {
        Host = host,
        Protocol = "Tls13",
        Chain =
        [
            new CertificateEvidence
            {
                Subject = "CN=" + host,
                Issuer = "CN=R11, O=Let's Encrypt, C=US",
                NotBefore = Now.AddDays(daysLeft - 90),
                NotAfter = Now.AddDays(daysLeft),
                DnsNames = [host, host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : "www." + host],
            },
        ],
    };

    public static TlsEvidence BadTls(string problem, string host = "www.brightsmiledental.com") => problem switch
    {
        ChainStatuses.Expired => GoodTls(host, -3) with { Problems = [problem] },
        ChainStatuses.NotYetValid => GoodTls(host) with
        {
            Problems = [problem],
            Chain = [GoodTls(host).Chain[0] with { NotBefore = Now.AddDays(5), NotAfter = Now.AddDays(95) }],
        },
        ChainStatuses.HostnameMismatch => GoodTls(host) with
        {
            Problems = [problem],
            Chain = [GoodTls(host).Chain[0] with { Subject = "CN=shop.example.net", DnsNames = ["shop.example.net"] }],
        },
        ChainStatuses.SelfSigned => GoodTls(host) with
        {
            Problems = [problem],
            Chain = [GoodTls(host).Chain[0] with { Issuer = "CN=" + host }],
        },
        _ => GoodTls(host) with { Problems = [problem] },
    };

    /// <summary>A healthy https site of a role serving a fixture file.</summary>
    public static SiteEvidence Site(string role, string file, string path) => Served(role, Origin + path, Html(file));

    public static SiteEvidence Served(string role, string url, string html) => new()
    {
        Url = url,
        Role = role,
        GatheredAt = Now,
        Dns = new DnsEvidence(new Uri(url).Host, false, ["203.0.113.10"], null),
        Tls = url.StartsWith("https://", StringComparison.Ordinal) ? GoodTls(new Uri(url).Host) : null,
        Redirects = [new RedirectHop(url, 200, null)],
        HttpRedirectsToHttps = true,
        Page = new PageEvidence { FinalUrl = url, Status = 200, ContentType = "text/html; charset=utf-8", Html = html },
    };

    /// <summary>A site that could not be fetched, as the gatherer records it.</summary>
    public static SiteEvidence Failed(string role, string url, string errorKind, string error) => new()
    {
        Url = url,
        Role = role,
        GatheredAt = Now,
        Dns = errorKind == "dns" ? new DnsEvidence(new Uri(url).Host, false, [], error) : new DnsEvidence(new Uri(url).Host, false, ["203.0.113.10"], null),
        Error = error,
        ErrorKind = errorKind,
    };

    public static SiteEvidenceSet Set(params SiteEvidence[] sites) => new() { Sites = sites };

    public static SiteEvidenceSet OptIn(string file) => Set(Site(SiteRoles.OptIn, file, "/book"));

    public static SiteEvidenceSet Privacy(string file) => Set(Site(SiteRoles.Privacy, file, "/privacy"));

    public static SiteEvidenceSet Terms(string file) => Set(Site(SiteRoles.Terms, file, "/terms"));

    public static SiteEvidenceSet Website(string file) => Set(Site(SiteRoles.Website, file, "/"));

    public const string OptInUrl = Origin + "/book";
    public const string PrivacyUrl = Origin + "/privacy";
    public const string TermsUrl = Origin + "/terms";

    /// <summary>A clock fixed at <see cref="Now"/>.</summary>
    public static TimeProvider Clock { get; } = new FixedClock(Now);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

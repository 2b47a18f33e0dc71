using System.Globalization;
using Preflight.Core.Html;
using Preflight.Core.Sites;
using Preflight.Gathering;

namespace Preflight.Cli.Commands;

/// <summary>How the CLI describes a gathered address: its role, whether it loaded, its certificate.</summary>
internal static class SiteFacts
{
    public static string RoleName(string role) => role switch
    {
        SiteRoles.OptIn => "opt-in page",
        SiteRoles.Privacy => "privacy policy",
        SiteRoles.Terms => "terms",
        SiteRoles.Website => "brand website",
        _ => "page",
    };

    /// <summary>The load state for reports: <c>loaded</c>, <c>refused</c>, <c>noSuchDomain</c>, <c>unreachable</c>, <c>tlsFailed</c>, <c>httpError</c>, <c>redirectProblem</c> or <c>notGathered</c>.</summary>
    public static string State(SiteEvidence site)
    {
        if (site.ErrorKind == GatherErrorKinds.PrivateAddress) return "refused";
        var state = SiteAnalysis.For(site).State.ToString();
        return char.ToLowerInvariant(state[0]) + state[1..];
    }

    /// <summary>"HTTP 200 after 1 redirect (now https://…)", or why nothing was loaded.</summary>
    public static string Load(SiteEvidence site)
    {
        var a = SiteAnalysis.For(site);
        if (site.ErrorKind == GatherErrorKinds.PrivateAddress) return "refused: " + site.Error;
        if (!a.Loaded) return "not loaded: " + a.Problem;
        var page = site.Page!;
        var redirects = site.Redirects.Count(h => h.Status is >= 300 and < 400);
        var text = $"HTTP {page.Status.ToString(CultureInfo.InvariantCulture)}";
        if (redirects > 0) text += $" after {Count(redirects, "redirect")} to {page.FinalUrl}";
        if (page.Truncated) text += ", body cut at the size limit";
        if (site.Error is not null) text += $" ({site.Error})";
        return text;
    }

    /// <summary>"TLSv1.3, certificate trusted: CN=…, issued by CN=…, valid 2026-01-01 to 2026-12-01"; null without TLS.</summary>
    public static string? Certificate(TlsEvidence? tls)
    {
        if (tls is null) return null;
        var verdict = tls.Trusted ? "certificate trusted" : $"certificate does not verify ({string.Join(", ", tls.Problems)})";
        var head = tls.Protocol is null ? verdict : $"{tls.Protocol}, {verdict}";
        if (tls.Chain.Count == 0) return tls.Error is null ? head : $"{head}: {tls.Error}";
        var leaf = tls.Chain[0];
        return $"{head}: {leaf.Subject}, issued by {leaf.Issuer}, valid {Day(leaf.NotBefore)} to {Day(leaf.NotAfter)}";
    }

    /// <summary>Why the page was not rendered in a browser, when rendering was asked for and did not happen.</summary>
    public static string? RenderNote(SiteEvidence site) =>
        site.Render is { Skipped: { } why } && site.ErrorKind is null ? "not rendered in a browser: " + why : null;

    public static string Day(DateTimeOffset d) => d.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n.ToString(CultureInfo.InvariantCulture)} {what}s";
}

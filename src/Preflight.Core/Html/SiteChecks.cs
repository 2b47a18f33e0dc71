using System.Globalization;
using Preflight.Core.Engine;
using Preflight.Core.Sites;

namespace Preflight.Core.Html;

/// <summary>What the web rules share: the gathered sites of a role, "judge every loaded page", TLS and load wording.</summary>
internal static class SiteChecks
{
    public static IReadOnlyList<SiteAnalysis> Sites(RuleContext context, string role) =>
        context.Sites?.ForRole(role).Select(context.Site).ToArray() ?? [];

    public static IReadOnlyList<SiteAnalysis> All(RuleContext context) =>
        context.Sites?.Sites.Select(context.Site).ToArray() ?? [];

    /// <summary>Judges every page of a role that loaded; not evaluated when none did (a page that is not there cannot be judged).</summary>
    public static Check ForLoaded(RuleContext context, string role, string what, Func<SiteAnalysis, IEnumerable<Finding>> judge)
    {
        var sites = Sites(context, role);
        if (sites.Count == 0) return Check.NotEvaluated($"no {what} was gathered");
        var loaded = sites.Where(s => s.Loaded).ToArray();
        if (loaded.Length == 0) return Check.NotEvaluated($"the {what} did not load ({sites[0].Problem})");
        return Check.From(loaded.SelectMany(judge).ToArray());
    }

    /// <summary>Certificate-verification findings (2103, 7105) for the sites of a role.</summary>
    public static Check Certificates(RuleContext context, string role, string what)
    {
        var sites = Sites(context, role);
        if (sites.Count == 0) return Check.NotEvaluated($"no {what} was gathered");
        var findings = new List<Finding>();
        var checkedAny = false;
        foreach (var s in sites)
        {
            var tls = s.Site.Tls;
            if (tls is null)
            {
                if (s.State == LoadState.TlsFailed)
                    findings.Add(new Finding(
                        $"The TLS handshake with the {what} failed, so no certificate could be verified: {s.Problem}.",
                        Evidence.Page(s.Site.Url, null, s.Problem, "tls")));
                continue;
            }
            checkedAny = true;
            if (tls.Problems.Count == 0 && tls.Error is null) continue;
            findings.Add(new Finding(
                $"The certificate of {tls.Host} does not verify ({DescribeProblems(tls)}). {DescribeCertificate(tls)}",
                Evidence.Page(s.Site.Url, null, CertificateExcerpt(tls), "tls")));
        }
        if (findings.Count == 0 && !checkedAny) return Check.Passed($"the {what} is not served over https; no certificate to verify");
        return Check.From(findings);
    }

    /// <summary>"No such website" findings (2104, 7101): the domain does not resolve, nothing answers, or the page is an error.</summary>
    public static Check Reachability(RuleContext context, string role, string what)
    {
        var sites = Sites(context, role);
        if (sites.Count == 0) return Check.NotEvaluated($"no {what} was gathered");
        if (sites.All(s => s.State == LoadState.NotGathered)) return Check.NotEvaluated($"the {what} was not gathered ({sites[0].Problem})");
        var findings = new List<Finding>();
        foreach (var s in sites)
        {
            var message = s.State switch
            {
                LoadState.NoSuchDomain => $"The {what} {s.Site.Url} leads to no website: {s.Problem}.",
                LoadState.Unreachable => $"Nothing answers at the {what} {s.Site.Url}: {s.Problem}.",
                LoadState.HttpError => $"The {what} {s.Site.Url} does not lead to a page: {s.Problem}.",
                _ => null,
            };
            if (message is not null) findings.Add(new Finding(message, Evidence.Page(s.Site.Url, null, s.Problem)));
        }
        return Check.From(findings);
    }

    public static string DescribeProblems(TlsEvidence tls)
    {
        var leaf = tls.Chain.Count > 0 ? tls.Chain[0] : null;
        var parts = tls.Problems.Select(p => p switch
        {
            ChainStatuses.Expired => leaf is null ? "expired" : $"expired on {Day(leaf.NotAfter)}",
            ChainStatuses.NotYetValid => leaf is null ? "not yet valid" : $"not valid before {Day(leaf.NotBefore)}",
            ChainStatuses.HostnameMismatch => leaf is { DnsNames.Count: > 0 }
                ? $"issued for {string.Join(", ", leaf.DnsNames.Take(5))}, not {tls.Host}"
                : $"not issued for {tls.Host}",
            ChainStatuses.SelfSigned => "self-signed",
            ChainStatuses.UntrustedRoot => "signed by a root that browsers do not trust",
            ChainStatuses.IncompleteChain => "the server does not send the intermediate certificate, so strict clients cannot build the chain",
            ChainStatuses.HandshakeFailed => "the TLS handshake failed",
            _ => p,
        }).ToList();
        if (parts.Count == 0 && tls.Error is not null) parts.Add(tls.Error);
        return string.Join("; ", parts);
    }

    public static string DescribeCertificate(TlsEvidence tls)
    {
        if (tls.Chain.Count == 0) return tls.Error is null ? "" : tls.Error;
        var leaf = tls.Chain[0];
        return $"Subject \"{leaf.Subject}\", issuer \"{leaf.Issuer}\", valid {Day(leaf.NotBefore)} to {Day(leaf.NotAfter)}.";
    }

    public static string CertificateExcerpt(TlsEvidence tls)
    {
        var problems = string.Join(", ", tls.Problems);
        if (tls.Chain.Count == 0) return $"{tls.Host}: {problems} {tls.Error}".Trim();
        var leaf = tls.Chain[0];
        return $"{tls.Host}: {problems}; subject={leaf.Subject}; issuer={leaf.Issuer}; notBefore={Day(leaf.NotBefore)}; notAfter={Day(leaf.NotAfter)}";
    }

    public static string Day(DateTimeOffset d) => d.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Quotes a text for a message, cut to a readable length.</summary>
    public static string Quote(string? s, int max = 160)
    {
        var t = HtmlText.Collapse(s ?? "");
        return "\"" + (t.Length <= max ? t : t[..(max - 1)] + "…") + "\"";
    }
}

using System.Buffers;
using System.Text;
using System.Text.Json;
using Preflight.Core.Engine;
using Preflight.Core.Reporting;
using Preflight.Gathering;

namespace Preflight.Cli.Commands;

/// <summary>
/// The reports of <c>preflight site</c>: findings grouped by address (each with its role, whether it loaded and its
/// certificate), every finding with its evidence (certificate subject and dates, the CSS selector of the element, the
/// quoted words) and the rule's fix, then the verdict line. JSON gives the same as data.
/// </summary>
internal static class SiteReportWriter
{
    private const int ExcerptShown = 240;

    public static void WriteText(TextWriter w, IReadOnlyList<JudgedSite> sites, SubmissionReport report, bool verbose)
    {
        var groups = Group(sites, report);
        for (var i = 0; i < sites.Count; i++)
        {
            var site = sites[i].Site;
            w.WriteLine(site.Url);
            w.WriteLine($"  {RoleLine(sites[i])} · {SiteFacts.Load(site)}");
            if (SiteFacts.Certificate(site.Tls) is { } cert) w.WriteLine("  " + cert);
            if (SiteFacts.RenderNote(site) is { } note) w.WriteLine("  " + note);
            var findings = groups[i];
            if (findings.Count == 0)
                w.WriteLine(SiteFacts.State(site) switch
                {
                    "refused" => "  Not checked.",
                    "loaded" => "  No problems found.",
                    _ => "  Nothing else to judge: the page did not load.",
                });
            WriteFindings(w, findings);
            w.WriteLine();
        }
        if (groups[sites.Count] is { Count: > 0 } other)
        {
            w.WriteLine("Other findings");
            WriteFindings(w, other);
            w.WriteLine();
        }

        var verdict = Verdict.Of(report);
        foreach (var r in report.Results.Where(r => r.Outcome == Outcome.Error))
            w.WriteLine($"Could not run {r.Rule.Code} {r.Rule.Title}: {r.Note}");
        if (verdict.NotEvaluatedLine is { } ne)
        {
            w.WriteLine(verbose ? ne : ne + " Use --verbose to list them.");
            if (verbose)
                foreach (var r in report.Results.Where(r => r.Outcome == Outcome.NotEvaluated))
                    w.WriteLine($"  {r.Rule.Code} {r.Rule.Title} ({r.Note})");
        }
        if (verbose)
        {
            var passed = report.Results.Count(r => r.Outcome == Outcome.Passed);
            w.WriteLine($"Passed: {ReportNames.Count(passed, "rule")} of the {report.Results.Count} that judge pages (catalogue {report.CatalogVersion}).");
        }
        var refused = Crawl.Refused(sites.Select(s => s.Site));
        if (refused.Count > 0 && !verdict.Rejected)
            w.WriteLine($"NOT CHECKED: {(refused.Count == 1 ? "1 address was" : $"{refused.Count} addresses were")} refused (private, loopback or link-local); --allow-private allows it. What was checked has no rejection reasons ({ReportNames.Count(verdict.WarningCodes.Count, "warning")}).");
        else
            w.WriteLine(verdict.Line);
    }

    private static string RoleLine(JudgedSite s) => s.RoleSource switch
    {
        RoleSource.Guessed => $"{SiteFacts.RoleName(s.Site.Role)} (recognised from the page)",
        RoleSource.Assumed => $"{SiteFacts.RoleName(s.Site.Role)} (assumed; give --privacy, --terms or --website to judge it as another kind of page)",
        _ => SiteFacts.RoleName(s.Site.Role),
    };

    private static void WriteFindings(TextWriter w, List<(RuleResult Result, Finding Finding)> findings)
    {
        foreach (var rule in findings.GroupBy(x => x.Result, ReferenceEqualityComparer.Instance))
        {
            var d = ((RuleResult)rule.Key!).Rule;
            w.WriteLine($"  [{ReportNames.Json(d.Severity)}] {d.Code} {d.Title}");
            string? shown = null;
            foreach (var (_, f) in rule)
            {
                var e = f.Evidence;
                var where = Where(e);
                if (where != shown && where.Length > 0)
                {
                    w.WriteLine("    " + where);
                    shown = where;
                }
                w.WriteLine($"    - {OneLine(f.Message)}");
            }
            w.WriteLine($"    Fix: {d.Fix}");
        }
    }

    /// <summary>The evidence as a reader looks for it: the certificate, or the element's CSS selector and the quoted words.</summary>
    private static string Where(Evidence e)
    {
        if (e.Source == "tls") return "certificate: " + OneLine(e.Excerpt ?? "");
        if (e.Source == "redirects") return "redirects: " + OneLine(e.Excerpt ?? "");
        var quote = string.IsNullOrEmpty(e.Excerpt) ? "" : $"\"{OneLine(e.Excerpt)}\"";
        return e.Selector is null ? quote : quote.Length == 0 ? $"at {e.Selector}" : $"at {e.Selector}: {quote}";
    }

    private static string OneLine(string s)
    {
        var t = s.ReplaceLineEndings(" ");
        return t.Length <= ExcerptShown ? t : string.Concat(t.AsSpan(0, ExcerptShown - 1), "…");
    }

    /// <summary>
    /// The failed findings of each site (index = site; the last list holds findings that belong to none), in
    /// catalogue order, identical findings once. A finding belongs to the site whose address, final address or
    /// redirect hop it names, else to the first site on the same host.
    /// </summary>
    private static List<(RuleResult, Finding)>[] Group(IReadOnlyList<JudgedSite> sites, SubmissionReport report)
    {
        var groups = new List<(RuleResult, Finding)>[sites.Count + 1];
        for (var i = 0; i < groups.Length; i++) groups[i] = [];
        var seen = new HashSet<(string, int, string, string?, string?)>();
        foreach (var r in report.Results.Where(r => r.Outcome == Outcome.Failed).OrderBy(r => r.Rule.Severity))
            foreach (var f in r.Findings)
            {
                var index = SiteOf(sites, f.Evidence.Url);
                if (seen.Add((r.Rule.Code, index, f.Message, f.Evidence.Selector, f.Evidence.Excerpt))) groups[index].Add((r, f));
            }
        return groups;
    }

    private static int SiteOf(IReadOnlyList<JudgedSite> sites, string? url)
    {
        if (url is null) return sites.Count;
        for (var i = 0; i < sites.Count; i++)
        {
            var s = sites[i].Site;
            if (CrawlTargets.Same(url, s.Url) || CrawlTargets.Same(url, s.Page?.FinalUrl) || s.Redirects.Any(h => CrawlTargets.Same(url, h.Url)))
                return i;
        }
        var host = Host(url);
        for (var i = 0; i < sites.Count; i++)
            if (host is not null && (host == Host(sites[i].Site.Url) || host == Host(sites[i].Site.Page?.FinalUrl))) return i;
        return sites.Count;
    }

    private static string? Host(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.IdnHost.ToLowerInvariant() : null;

    public static void WriteJson(TextWriter w, IReadOnlyList<JudgedSite> sites, SubmissionReport report)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var j = new Utf8JsonWriter(buffer, JsonReport.Indented))
        {
            j.WriteStartObject();
            j.WriteString("tool", "preflight");
            j.WriteString("catalogVersion", report.CatalogVersion);
            j.WriteString("verdict", report.Verdict);
            j.WriteStartArray("sites");
            foreach (var s in sites) WriteSite(j, s);
            j.WriteEndArray();
            j.WriteStartArray("results");
            foreach (var r in report.Results) WriteResult(j, r);
            j.WriteEndArray();
            j.WriteEndObject();
        }
        w.Write(Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n");
    }

    private static void WriteSite(Utf8JsonWriter j, JudgedSite judged)
    {
        var s = judged.Site;
        j.WriteStartObject();
        j.WriteString("url", s.Url);
        j.WriteString("role", s.Role);
        j.WriteString("roleFrom", judged.RoleSource switch { RoleSource.Guessed => "page", RoleSource.Assumed => "assumed", _ => "given" });
        j.WriteString("state", SiteFacts.State(s));
        if (s.Error is not null) j.WriteString("error", s.Error);
        if (s.ErrorKind is not null) j.WriteString("errorKind", s.ErrorKind);
        if (s.Dns is { } dns)
        {
            j.WriteStartObject("dns");
            j.WriteString("host", dns.Host);
            j.WriteBoolean("hostIsIpAddress", dns.HostIsIpAddress);
            j.WriteStartArray("addresses");
            foreach (var a in dns.Addresses) j.WriteStringValue(a);
            j.WriteEndArray();
            j.WriteEndObject();
        }
        if (s.Page is { } page)
        {
            j.WriteString("finalUrl", page.FinalUrl);
            j.WriteNumber("status", page.Status);
            if (page.Truncated) j.WriteBoolean("truncated", true);
        }
        j.WriteStartArray("redirects");
        foreach (var h in s.Redirects)
        {
            j.WriteStartObject();
            j.WriteString("url", h.Url);
            j.WriteNumber("status", h.Status);
            if (h.Location is not null) j.WriteString("location", h.Location);
            j.WriteEndObject();
        }
        j.WriteEndArray();
        if (s.HttpRedirectsToHttps is { } up) j.WriteBoolean("httpRedirectsToHttps", up);
        if (s.Tls is { } tls)
        {
            j.WriteStartObject("tls");
            j.WriteString("host", tls.Host);
            if (tls.Protocol is not null) j.WriteString("protocol", tls.Protocol);
            j.WriteBoolean("trusted", tls.Trusted);
            j.WriteStartArray("problems");
            foreach (var p in tls.Problems) j.WriteStringValue(p);
            j.WriteEndArray();
            if (tls.Chain.Count > 0)
            {
                var leaf = tls.Chain[0];
                j.WriteStartObject("certificate");
                j.WriteString("subject", leaf.Subject);
                j.WriteString("issuer", leaf.Issuer);
                j.WriteString("notBefore", leaf.NotBefore);
                j.WriteString("notAfter", leaf.NotAfter);
                j.WriteStartArray("dnsNames");
                foreach (var n in leaf.DnsNames) j.WriteStringValue(n);
                j.WriteEndArray();
                j.WriteEndObject();
            }
            if (tls.Error is not null) j.WriteString("error", tls.Error);
            j.WriteEndObject();
        }
        if (s.Render is { } render)
        {
            j.WriteStartObject("render");
            j.WriteBoolean("rendered", render.Skipped is null);
            if (render.Skipped is not null) j.WriteString("skipped", render.Skipped);
            j.WriteEndObject();
        }
        j.WriteEndObject();
    }

    /// <summary>One rule's result in the shape of <c>check</c>'s JSON report.</summary>
    private static void WriteResult(Utf8JsonWriter j, RuleResult r)
    {
        var d = r.Rule;
        j.WriteStartObject();
        j.WriteString("code", d.Code);
        j.WriteStartArray("equivalents");
        foreach (var e in d.Equivalents) j.WriteStringValue(e);
        j.WriteEndArray();
        j.WriteString("title", d.Title);
        j.WriteString("area", ReportNames.Json(d.Area));
        j.WriteString("severity", ReportNames.Json(d.Severity));
        j.WriteString("outcome", ReportNames.Json(r.Outcome));
        j.WriteBoolean("doNotResubmit", d.DoNotResubmit);
        j.WriteString("fix", d.Fix);
        j.WriteStartArray("needs");
        foreach (var n in d.NeedsNames) j.WriteStringValue(n);
        j.WriteEndArray();
        if (r.Note is not null) j.WriteString("note", r.Note);
        j.WriteStartArray("findings");
        foreach (var f in r.Findings)
        {
            j.WriteStartObject();
            j.WriteString("message", f.Message);
            j.WriteStartObject("evidence");
            j.WriteString("source", f.Evidence.Source);
            if (f.Evidence.Path is not null) j.WriteString("path", f.Evidence.Path);
            if (f.Evidence.Url is not null) j.WriteString("url", f.Evidence.Url);
            if (f.Evidence.Selector is not null) j.WriteString("selector", f.Evidence.Selector);
            if (f.Evidence.Excerpt is not null) j.WriteString("excerpt", f.Evidence.Excerpt);
            j.WriteEndObject();
            j.WriteEndObject();
        }
        j.WriteEndArray();
        j.WriteEndObject();
    }
}

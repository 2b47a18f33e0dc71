using System.Globalization;
using System.Net;
using Preflight.Core.Engine;

namespace Preflight.Core.Reporting;

/// <summary>
/// One self-contained HTML page a CSP can send its client: the verdict and counts at the top, then every field of
/// the submission with the words at fault highlighted and the finding and fix beside it. When the submission's site
/// evidence has browser screenshots (<see cref="CheckedSubmission.Sites"/>), each page finding shows the region of
/// the page around the element at fault, outlined (see <see cref="PageShots"/>). No scripts, no external assets
/// (screenshots are data: URIs), and every piece of submission and page text is encoded (it is untrusted).
/// </summary>
public static class HtmlReport
{
    public static string ToHtml(IReadOnlyList<CheckedSubmission> items)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        Write(w, items);
        return w.ToString();
    }

    public static void Write(TextWriter w, IReadOnlyList<CheckedSubmission> items)
    {
        var title = items.Count == 1 ? "Preflight report: " + items[0].Report.Source : $"Preflight report: {items.Count} submissions";
        w.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
        w.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.Write($"<title>{E(title)}</title>\n<style>{Css}</style>\n</head>\n<body>\n");
        w.Write($"<header><h1>{E(title)}</h1><p class=\"meta\">Checked by Preflight against rule catalogue {E(RuleCatalog.Version)}. Each finding names a carrier or DCA rejection code, the words at fault and how to fix them.</p></header>\n");

        if (items.Count > 1) WriteIndex(w, items);
        for (var i = 0; i < items.Count; i++) WriteSubmission(w, items[i], i, items.Count > 1);
        w.Write("</body>\n</html>\n");
    }

    private static void WriteIndex(TextWriter w, IReadOnlyList<CheckedSubmission> items)
    {
        var rejected = items.Count(i => i.Verdict.Rejected);
        w.Write($"<section class=\"summary {(rejected > 0 ? "reject" : "pass")}\"><h2>Portfolio</h2>");
        w.Write($"<p class=\"verdict\">{items.Count} submissions: {items.Count - rejected} pass, {rejected} reject</p>\n<table class=\"index\"><thead><tr><th>Submission</th><th>Verdict</th></tr></thead><tbody>\n");
        for (var i = 0; i < items.Count; i++)
        {
            var v = items[i].Verdict;
            w.Write($"<tr class=\"{(v.Rejected ? "reject" : "pass")}\"><td><a href=\"#s{i}\">{E(items[i].Report.Source)}</a></td><td>{E(v.Line)}</td></tr>\n");
        }
        w.Write("</tbody></table></section>\n");
    }

    private static void WriteSubmission(TextWriter w, CheckedSubmission item, int index, bool portfolio)
    {
        var v = item.Verdict;
        var report = item.Report;
        var s = item.Submission;
        w.Write($"<section class=\"submission\" id=\"s{index}\">\n");

        // Summary first: the verdict, the counts, and whether resubmitting makes sense.
        w.Write($"<div class=\"summary {(v.Rejected ? "reject" : "pass")}\">");
        if (portfolio) w.Write($"<h2>{E(report.Source)}</h2>");
        else w.Write($"<h2>{E(s.Brand.DisplayName ?? s.Brand.CompanyName ?? report.Source)}{(s.Campaign.Usecase is { } uc ? " — " + E(uc) : "")}</h2>");
        w.Write($"<p class=\"verdict\">{(v.Rejected ? "Will be rejected" : "No rejection reason found")}</p>");
        w.Write("<ul class=\"counts\">");
        w.Write($"<li class=\"rejection\"><b>{v.RejectionCodes.Count}</b> rejection reason{Plural(v.RejectionCodes.Count)}{Codes(v.RejectionCodes)}</li>");
        w.Write($"<li class=\"warning\"><b>{v.WarningCodes.Count}</b> warning{Plural(v.WarningCodes.Count)}{Codes(v.WarningCodes)}</li>");
        w.Write($"<li class=\"advice\"><b>{v.AdviceCodes.Count}</b> advice{Codes(v.AdviceCodes)}</li>");
        w.Write($"<li class=\"muted\"><b>{v.NotEvaluated}</b> not evaluated</li>");
        w.Write("</ul>");
        if (v.DoNotResubmitCodes.Count > 0)
            w.Write($"<p class=\"warn\"><b>Do not resubmit.</b> {E(string.Join(", ", v.DoNotResubmitCodes))}: the carrier treats this reason as final; editing the campaign will not get it approved, and each resubmission is billed.</p>");
        else if (v.Rejected)
            w.Write("<p class=\"warn\"><b>Do not resubmit until every rejection reason below is fixed.</b> Each manual review of a resubmission is billed, and an unchanged campaign is rejected again.</p>");
        if (v.NotEvaluatedLine is { } ne) w.Write($"<p class=\"muted\">{E(ne)}</p>");
        if (v.ErrorCodes.Count > 0) w.Write($"<p class=\"muted\">Could not run: {E(string.Join(", ", v.ErrorCodes))}.</p>");
        w.Write("</div>\n");

        var findings = report.Results
            .Where(r => r.Outcome == Outcome.Failed)
            .SelectMany(r => r.Findings.Select(f => (Result: r, Finding: f)))
            .ToArray();
        var byPath = findings.Where(x => x.Finding.Evidence.Path is not null)
            .ToLookup(x => x.Finding.Evidence.Path!, StringComparer.Ordinal);

        // Fields with findings first, then the rest of the submission for context.
        var fields = SubmissionFields.All(s);
        var shown = fields.Select(f => f.Pointer).ToHashSet(StringComparer.Ordinal);
        var flagged = fields.Where(f => byPath.Contains(f.Pointer)).ToArray();
        var clean = fields.Where(f => !byPath.Contains(f.Pointer)).ToArray();
        if (flagged.Length > 0)
        {
            w.Write("<h3>Fields with findings</h3>\n<table class=\"fields\"><thead><tr><th>Field</th><th>As submitted</th><th>Findings and fixes</th></tr></thead><tbody>\n");
            foreach (var field in flagged)
            {
                var here = byPath[field.Pointer].ToArray();
                var located = here.Any(h => Range(h.Finding.Evidence, field.Value) is not null);
                w.Write($"<tr class=\"flagged\"><th>{E(field.Label)}<br><code>{E(item.Document.OriginalPointer(field.Pointer))}</code></th>");
                w.Write($"<td class=\"value{(located ? "" : " whole")}\">");
                WriteHighlighted(w, field.Value, here);
                w.Write("</td><td>");
                foreach (var rule in here.GroupBy(h => h.Result, ReferenceEqualityComparer.Instance))
                    WriteFinding(w, (RuleResult)rule.Key!, rule.Select(x => x.Finding).ToArray());
                w.Write("</td></tr>\n");
            }
            w.Write("</tbody></table>\n");
        }
        if (clean.Length > 0)
        {
            w.Write("<h3>Fields without findings</h3>\n<table class=\"clean\"><tbody>\n");
            foreach (var field in clean)
                w.Write($"<tr><th>{E(field.Label)} <code>{E(item.Document.OriginalPointer(field.Pointer))}</code></th><td>{E(field.Value)}</td></tr>\n");
            w.Write("</tbody></table>\n");
        }

        var other = findings.Where(x => x.Finding.Evidence.Path is null || !shown.Contains(x.Finding.Evidence.Path)).ToArray();
        if (other.Length > 0)
        {
            // Page findings whose page has a screenshot: the element cut out and outlined, the findings beside it.
            var shots = PageShots.For(item.Sites, other.Select(x => x.Finding.Evidence));
            var shotGroups = other
                .Where(x => PageShots.KeyOf(x.Finding.Evidence) is { } k && shots.ContainsKey(k))
                .ToLookup(x => PageShots.KeyOf(x.Finding.Evidence)!.Value);
            var written = new HashSet<(string, string)>();
            w.Write("<h3>Other findings</h3><div class=\"other\">\n");
            foreach (var (r, f) in other)
            {
                var e = f.Evidence;
                if (PageShots.KeyOf(e) is { } key && shots.TryGetValue(key, out var shot))
                {
                    if (written.Add(key)) WriteShotFindings(w, shot, shotGroups[key].ToArray());
                    continue;
                }
                var where = e.Path is not null ? item.Document.OriginalPointer(e.Path) : e.Url is not null ? e.Url + (e.Selector is null ? "" : " " + e.Selector) : e.Source;
                w.Write($"<div class=\"where\"><code>{E(where)}</code>");
                if (!string.IsNullOrEmpty(e.Excerpt)) w.Write($"<blockquote><mark>{E(e.Excerpt)}</mark></blockquote>");
                w.Write("</div>");
                WriteFinding(w, r, [f]);
            }
            w.Write("</div>\n");
        }
        w.Write("</section>\n");
    }

    /// <summary>
    /// The findings on one page element: the screenshot cut out around it with the element outlined (a box laid over
    /// the image, placed in percent so it follows the image when scaled), then where, the words quoted and the findings.
    /// </summary>
    private static void WriteShotFindings(TextWriter w, PageShot shot, IReadOnlyList<(RuleResult Result, Finding Finding)> here)
    {
        var what = shot.Selector is null ? "the top of the page" : shot.Selector;
        w.Write("<div class=\"shot-finding\"><figure class=\"shot\"><div class=\"frame\">");
        w.Write($"<img src=\"{E(shot.DataUri)}\" width=\"{shot.Width}\" height=\"{shot.Height}\" alt=\"{E($"Screenshot of {shot.Url}: {what}")}\">");
        if (shot.Context is { } c) w.Write(Box("form-box", c));
        if (shot.Outline is { } o) w.Write(Box("outline", o));
        w.Write("</div><figcaption>");
        w.Write(shot.Selector is null
            ? "The page as the browser showed it (top). The finding is about the page as a whole."
            : shot.Context is null
                ? "As the browser showed it; the element at fault is outlined in red."
                : "As the browser showed it; the element at fault is outlined in red, the form around it (where the consent wording belongs) dashed.");
        w.Write("</figcaption></figure>\n<div class=\"beside\">");
        w.Write($"<div class=\"where\"><code>{E(shot.Url + (shot.Selector is null ? "" : " " + shot.Selector))}</code>");
        foreach (var excerpt in here.Select(h => h.Finding.Evidence.Excerpt).Where(x => !string.IsNullOrEmpty(x)).Distinct(StringComparer.Ordinal))
            w.Write($"<blockquote><mark>{E(excerpt)}</mark></blockquote>");
        w.Write("</div>");
        foreach (var rule in here.GroupBy(h => h.Result, ReferenceEqualityComparer.Instance))
            WriteFinding(w, (RuleResult)rule.Key!, rule.Select(x => x.Finding).ToArray());
        w.Write("</div></div>\n");
    }

    private static string Box(string cls, Sites.ElementBox b) =>
        string.Create(CultureInfo.InvariantCulture, $"<span class=\"{cls}\" style=\"left:{b.X}%;top:{b.Y}%;width:{b.Width}%;height:{b.Height}%\"></span>");

    /// <summary>One rule's findings on one field: its title once, each message, its fix once.</summary>
    private static void WriteFinding(TextWriter w, RuleResult r, IReadOnlyList<Finding> findings)
    {
        var d = r.Rule;
        var sev = ReportNames.Json(d.Severity);
        w.Write($"<div class=\"finding {sev}\"><p class=\"rule\"><span class=\"code\">{E(d.Code)}</span> <span class=\"sev\">{E(sev)}</span> {E(d.Title)}");
        if (d.Equivalents.Count > 0) w.Write($" <span class=\"muted\">(also {E(string.Join(", ", d.Equivalents))})</span>");
        w.Write("</p>");
        if (findings.Count == 1) w.Write($"<p>{E(findings[0].Message)}</p>");
        else
        {
            w.Write("<ul>");
            foreach (var f in findings) w.Write($"<li>{E(f.Message)}</li>");
            w.Write("</ul>");
        }
        w.Write($"<p class=\"fix\"><b>Fix:</b> {E(d.Fix)}</p>");
        if (d.DoNotResubmit && d.Severity == Severity.Rejection) w.Write("<p class=\"warn\">Final: do not resubmit.</p>");
        w.Write("</div>");
    }

    /// <summary>The field's text with each located excerpt in a &lt;mark&gt;; overlapping excerpts merge.</summary>
    private static void WriteHighlighted(TextWriter w, string value, IReadOnlyList<(RuleResult Result, Finding Finding)> findings)
    {
        var ranges = findings
            .Select(x => (Range: Range(x.Finding.Evidence, value), Code: x.Result.Rule.Code))
            .Where(x => x.Range is not null)
            .Select(x => (Start: x.Range!.Value.Start, End: x.Range.Value.End, x.Code))
            .OrderBy(x => x.Start).ThenBy(x => x.End)
            .ToList();
        var merged = new List<(int Start, int End, List<string> Codes)>();
        foreach (var (start, end, code) in ranges)
        {
            if (merged.Count > 0 && start < merged[^1].End)
            {
                var last = merged[^1];
                if (!last.Codes.Contains(code)) last.Codes.Add(code);
                merged[^1] = (last.Start, Math.Max(last.End, end), last.Codes);
            }
            else merged.Add((start, end, [code]));
        }
        var at = 0;
        foreach (var (start, end, codes) in merged)
        {
            w.Write(E(value[at..start]));
            w.Write($"<mark title=\"{E(string.Join(", ", codes))}\">{E(value[start..end])}</mark>");
            at = end;
        }
        w.Write(E(value[at..]));
    }

    private static (int Start, int End)? Range(Evidence e, string value)
    {
        if (e.Start is not { } start || e.Length is not { } length) return null;
        if (start < 0 || length <= 0 || start + length > value.Length) return null;
        return (start, start + length);
    }

    private static string Codes(IReadOnlyList<string> codes) => codes.Count == 0 ? "" : $" <span class=\"muted\">({E(string.Join(", ", codes))})</span>";

    private static string Plural(int n) => n == 1 ? "" : "s";

    private static string E(string? s) => WebUtility.HtmlEncode(s ?? "");

    private const string Css = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1200px;padding:1rem 1.5rem;color:#1d2127;background:#fff}
h1{font-size:1.35rem;margin:.2rem 0}h2{margin:.2rem 0 .4rem;font-size:1.2rem}h3{font-size:1rem}
.meta,.muted{color:#5f6b7a}
.summary{border-radius:8px;padding:.8rem 1rem;margin:1rem 0;border:2px solid}
.summary.reject{border-color:#c62828;background:#fdecea}.summary.pass{border-color:#2e7d32;background:#edf7ee}
.verdict{font-size:1.15rem;font-weight:700;margin:.2rem 0}
.counts{list-style:none;padding:0;margin:.3rem 0;display:flex;gap:1.2rem;flex-wrap:wrap}
.warn{background:#fff3cd;border-left:4px solid #b26a00;padding:.4rem .6rem;margin:.5rem 0}
table{border-collapse:collapse;width:100%}
.fields{table-layout:fixed}
.fields th,.fields td,.index td,.index th,.clean th,.clean td{border-top:1px solid #dde2e8;padding:.5rem;vertical-align:top;text-align:left}
.fields th:nth-child(1){width:17%}.fields th:nth-child(2){width:43%}.fields th{font-weight:600}
.fields td.value{white-space:pre-wrap;word-break:break-word}
.clean{font-size:.9em;color:#3d4652}.clean th,.clean td{padding:.25rem .5rem}.clean th{width:30%;font-weight:600}.clean td{white-space:pre-wrap;word-break:break-word}
td.whole{box-shadow:inset 4px 0 #e0a800;background:#fffaeb}
mark{background:#ffd54f;color:#000;padding:0 .1em;border-radius:2px}
code{font-size:.85em;color:#5f6b7a}
.finding{border-left:4px solid #90a4ae;padding:.2rem .6rem;margin:0 0 .6rem}
.finding p{margin:.15rem 0}.finding ul{margin:.15rem 0;padding-left:1.1rem}.finding.rejection{border-color:#c62828}.finding.warning{border-color:#e08e00}.finding.advice{border-color:#1e88e5}
.code{font-weight:700}.sev{font-size:.75em;text-transform:uppercase;letter-spacing:.04em;color:#5f6b7a}
.fix{color:#1b5e20}
.other .where{margin-top:.8rem}blockquote{margin:.3rem 0 .3rem 1rem;white-space:pre-wrap;word-break:break-word}
.shot-finding{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem;align-items:start;border-top:1px solid #dde2e8;margin-top:.8rem;padding-top:.8rem}
.shot{margin:0;position:sticky;top:.5rem}.shot figcaption{font-size:.85em;color:#5f6b7a;margin-top:.3rem}
.frame{position:relative;display:inline-block;max-width:100%;overflow:hidden;border:1px solid #c3cbd5;border-radius:4px;vertical-align:top}
.frame img{display:block;max-width:100%;height:auto}
.frame .outline,.frame .form-box{position:absolute;box-sizing:border-box}
.frame .outline{outline:3px solid #d50000;outline-offset:3px;box-shadow:0 0 0 9999px rgba(20,25,35,.2)}
.frame .form-box{outline:2px dashed #b26a00;outline-offset:6px}
.beside .where{margin-top:0}
@media (max-width:800px){.fields th,.fields td{display:block;width:auto}.shot-finding{grid-template-columns:1fr}}
""";
}

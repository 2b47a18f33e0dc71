using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Reporting;

/// <summary>
/// The report for people at a terminal: findings grouped by field, each quoting the words at fault with its fix,
/// then one verdict line. Rules that could not judge are summed up in one line unless verbose.
/// </summary>
public static class TextReport
{
    private const int ExcerptShown = 200;

    public static void Write(TextWriter w, CheckedSubmission item, bool verbose = false)
    {
        var s = item.Submission;
        var report = item.Report;
        w.WriteLine(Heading(item));
        var failed = report.Results.Where(r => r.Outcome == Outcome.Failed).ToArray();
        if (failed.Length > 0) w.WriteLine();

        foreach (var group in Groups(failed))
        {
            w.WriteLine(group.Heading(item.Document));
            string? quoted = null;
            foreach (var rule in group.Findings.GroupBy(x => x.Item1, ReferenceEqualityComparer.Instance))
            {
                var d = ((RuleResult)rule.Key!).Rule;
                w.WriteLine($"  [{ReportNames.Json(d.Severity)}] {d.Code} {d.Title}");
                foreach (var (_, finding) in rule)
                {
                    var excerpt = finding.Evidence.Excerpt;
                    if (!string.IsNullOrEmpty(excerpt) && excerpt != quoted)
                    {
                        w.WriteLine($"    \"{OneLine(excerpt)}\"");
                        quoted = excerpt;
                    }
                    // Page evidence: name the element so the person can find it in the page's source.
                    if (finding.Evidence.Path is null && finding.Evidence.Selector is { Length: > 0 } selector)
                        w.WriteLine($"    at {selector}");
                    w.WriteLine($"    - {OneLine(finding.Message)}");
                }
                w.WriteLine($"    Fix: {d.Fix}");
                if (d.DoNotResubmit && d.Severity == Severity.Rejection)
                    w.WriteLine("    The carrier treats this as final: editing the campaign will not get it approved.");
            }
            w.WriteLine();
        }
        if (failed.Length == 0) w.WriteLine();

        foreach (var r in report.Results.Where(r => r.Outcome == Outcome.Error))
            w.WriteLine($"Could not run {r.Rule.Code} {r.Rule.Title}: {r.Note}");

        if (item.Verdict.NotEvaluatedLine is { } ne)
        {
            w.WriteLine(verbose ? ne : ne + " Use --verbose to list them.");
            if (verbose)
                foreach (var r in report.Results.Where(r => r.Outcome == Outcome.NotEvaluated))
                    w.WriteLine($"  {r.Rule.Code} {r.Rule.Title} ({r.Note})");
        }
        if (verbose)
        {
            var passed = report.Results.Count(r => r.Outcome == Outcome.Passed);
            w.WriteLine($"Passed: {ReportNames.Count(passed, "rule")} of {report.Results.Count} (catalogue {report.CatalogVersion}).");
        }
        w.WriteLine(item.Verdict.Line);
    }

    /// <summary>A portfolio: one verdict line per submission with its failed findings beneath, then a summary.</summary>
    public static void WritePortfolio(TextWriter w, IReadOnlyList<CheckedSubmission> items, bool verbose = false)
    {
        var report = new PortfolioWriter(w, verbose);
        foreach (var item in items) report.Add(item);
        report.Finish();
    }

    /// <summary>
    /// The portfolio report written as the submissions come, in order: each one's lines at once, the summary at the end.
    /// Holds only the counts the summary needs.
    /// </summary>
    public sealed class PortfolioWriter(TextWriter w, bool verbose = false)
    {
        private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
        private string? _notEvaluated;

        /// <summary>Submissions written so far.</summary>
        public int Count { get; private set; }

        /// <summary>Of those, how many would be rejected.</summary>
        public int Rejected { get; private set; }

        public void Add(CheckedSubmission item)
        {
            if (Count == 0) _notEvaluated = item.Verdict.NotEvaluatedLine;
            Count++;
            if (item.Verdict.Rejected) Rejected++;
            foreach (var code in item.Verdict.RejectionCodes)
                _codes[code] = _codes.GetValueOrDefault(code) + 1;
            if (verbose)
            {
                Write(w, item, verbose: true);
                w.WriteLine();
                return;
            }
            w.WriteLine($"{item.Report.Source}: {item.Verdict.Line}");
            foreach (var r in item.Report.Results)
            {
                if (r.Outcome != Outcome.Failed) continue;
                foreach (var f in r.Findings)
                    w.WriteLine($"    {r.Rule.Code} [{ReportNames.Json(r.Rule.Severity)}] {Where(f.Evidence)}: {OneLine(f.Message)}");
            }
        }

        /// <summary>The summary: which rejection codes came up how often, and the totals.</summary>
        public void Finish()
        {
            if (!verbose) w.WriteLine();
            var codes = _codes
                .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => c.Value == 1 ? c.Key : $"{c.Key} ×{c.Value}")
                .ToArray();
            if (!verbose && _notEvaluated is { } ne)
                w.WriteLine("Each submission: " + ne);
            var tail = codes.Length == 0 ? "" : $" — rejection reasons: {string.Join(", ", codes)}";
            w.WriteLine($"Portfolio: {ReportNames.Count(Count, "submission")}, {Count - Rejected} pass, {Rejected} reject{tail}");
        }
    }

    private static string Heading(CheckedSubmission item)
    {
        var s = item.Submission;
        var name = s.Brand.DisplayName ?? s.Brand.CompanyName ?? ((s.Brand.FirstName + " " + s.Brand.LastName).Trim() is { Length: > 0 } n ? n : "(no brand name)");
        var shape = s.Shape == SubmissionShape.Twilio ? " (Twilio field names)" : "";
        return $"{item.Report.Source}: {name}, {s.Campaign.Usecase ?? "no use case"}{shape}";
    }

    private static string Where(Evidence e) =>
        e.Path ?? (e.Url is null ? e.Source : e.Selector is null ? e.Url : $"{e.Url} {e.Selector}");

    internal static string OneLine(string s)
    {
        var t = s.ReplaceLineEndings(" ");
        return t.Length <= ExcerptShown ? t : string.Concat(t.AsSpan(0, ExcerptShown - 1), "…");
    }

    private sealed record Group(string Key, string? Pointer, string? Url, List<(RuleResult, Finding)> Findings)
    {
        public string Heading(Input.SubmissionDocument doc)
        {
            if (Pointer is not null)
            {
                var original = doc.OriginalPointer(Pointer);
                var label = SubmissionFields.Label(Pointer);
                var head = label == Pointer ? Pointer : $"{label} ({Pointer})";
                return original == Pointer ? head : $"{head}, in the file {original}";
            }
            return Url is not null ? $"Page {Url}" : Key;
        }
    }

    private static IEnumerable<Group> Groups(IEnumerable<RuleResult> failed)
    {
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        foreach (var r in failed)
            foreach (var f in r.Findings)
            {
                var e = f.Evidence;
                var key = e.Path ?? e.Url ?? e.Source;
                if (!groups.TryGetValue(key, out var g))
                    groups[key] = g = new Group(key, e.Path, e.Path is null ? e.Url : null, []);
                g.Findings.Add((r, f));
            }
        foreach (var g in groups.Values)
        {
            var sorted = g.Findings.OrderBy(x => x.Item1.Rule.Severity).ToArray();
            g.Findings.Clear();
            g.Findings.AddRange(sorted);
        }
        return groups.Values.OrderBy(g => SubmissionFields.Rank(g.Pointer)).ThenBy(g => g.Key, StringComparer.Ordinal);
    }
}

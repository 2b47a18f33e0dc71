using Preflight.Core.Engine;

namespace Preflight.Core.Reporting;

/// <summary>The counts behind a report's summary line.</summary>
public sealed record Verdict
{
    public required bool Rejected { get; init; }

    /// <summary>Codes of failed rejection rules, in catalogue order.</summary>
    public required IReadOnlyList<string> RejectionCodes { get; init; }

    public required IReadOnlyList<string> WarningCodes { get; init; }
    public required IReadOnlyList<string> AdviceCodes { get; init; }

    /// <summary>Failed rejection rules whose carrier answer is final: editing will not help.</summary>
    public required IReadOnlyList<string> DoNotResubmitCodes { get; init; }

    public required int NotEvaluated { get; init; }

    /// <summary>The inputs the not-evaluated rules were waiting for, most wanted first.</summary>
    public required IReadOnlyList<(string Need, int Rules)> MissingInputs { get; init; }

    public required IReadOnlyList<string> ErrorCodes { get; init; }

    public static Verdict Of(SubmissionReport report)
    {
        var failed = report.Results.Where(r => r.Outcome == Outcome.Failed).ToArray();
        var notEvaluated = report.Results.Where(r => r.Outcome == Outcome.NotEvaluated).ToArray();
        return new Verdict
        {
            Rejected = report.Rejected,
            RejectionCodes = Codes(failed, Severity.Rejection),
            WarningCodes = Codes(failed, Severity.Warning),
            AdviceCodes = Codes(failed, Severity.Advice),
            DoNotResubmitCodes = failed.Where(r => r.IsFailedRejection && r.Rule.DoNotResubmit).Select(r => r.Rule.Code).ToArray(),
            NotEvaluated = notEvaluated.Length,
            MissingInputs = notEvaluated
                .SelectMany(r => Missing(r))
                .GroupBy(n => n, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Count()))
                .OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal)
                .ToArray(),
            ErrorCodes = report.Results.Where(r => r.Outcome == Outcome.Error).Select(r => r.Rule.Code).ToArray(),
        };
    }

    /// <summary>
    /// One line: <c>REJECT: 3 rejection reasons (5104, 2135, 8201), 1 warning — do not resubmit until fixed</c> or
    /// <c>PASS: no rejection reasons (2 warnings)</c>.
    /// </summary>
    public string Line
    {
        get
        {
            var extras = new List<string> { ReportNames.Count(WarningCodes.Count, "warning") };
            if (AdviceCodes.Count > 0) extras.Add(AdviceCodes.Count + " advice");
            if (ErrorCodes.Count > 0) extras.Add(ReportNames.Count(ErrorCodes.Count, "rule") + " could not run");
            if (!Rejected)
                return $"PASS: no rejection reasons ({string.Join(", ", extras)})";
            var reasons = $"{ReportNames.Count(RejectionCodes.Count, "rejection reason")} ({string.Join(", ", RejectionCodes)})";
            var tail = DoNotResubmitCodes.Count > 0
                ? $"{string.Join(", ", DoNotResubmitCodes)}: editing will not fix this, do not resubmit the campaign"
                : "do not resubmit until fixed";
            return $"REJECT: {reasons}, {string.Join(", ", extras)} — {tail}";
        }
    }

    /// <summary>One line about the rules that could not judge, or null when every rule ran.</summary>
    public string? NotEvaluatedLine =>
        NotEvaluated == 0
            ? null
            : $"Not evaluated: {ReportNames.Count(NotEvaluated, "rule")} need input this check did not have ({string.Join(", ", MissingInputs.Select(m => $"{m.Need}: {m.Rules}"))}).";

    private static string[] Codes(IEnumerable<RuleResult> failed, Severity severity) =>
        failed.Where(r => r.Rule.Severity == severity).Select(r => r.Rule.Code).ToArray();

    private static IEnumerable<string> Missing(RuleResult r)
    {
        const string prefix = "needs ";
        if (r.Note is { } note && note.StartsWith(prefix, StringComparison.Ordinal))
            return note[prefix.Length..].Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return r.Rule.NeedsNames.Where(n => n != "submission").DefaultIfEmpty("other input");
    }
}

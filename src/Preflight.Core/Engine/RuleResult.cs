namespace Preflight.Core.Engine;

/// <summary>One rule's verdict on one submission.</summary>
public sealed record RuleResult(RuleDescriptor Rule, Outcome Outcome, IReadOnlyList<Finding> Findings, string? Note = null)
{
    public bool IsFailedRejection => Outcome == Outcome.Failed && Rule.Severity == Severity.Rejection;
}

/// <summary>All rules' verdicts on one submission.</summary>
public sealed record SubmissionReport(string Source, string CatalogVersion, IReadOnlyList<RuleResult> Results)
{
    /// <summary>"reject" when any rejection-severity rule failed, otherwise "pass".</summary>
    public string Verdict => Results.Any(r => r.IsFailedRejection) ? "reject" : "pass";

    public bool Rejected => Verdict == "reject";

    public IEnumerable<RuleResult> Failed => Results.Where(r => r.Outcome == Outcome.Failed);

    /// <summary>A failed rejection says the carrier's answer is final, whatever is edited.</summary>
    public bool DoNotResubmit => Results.Any(r => r.IsFailedRejection && r.Rule.DoNotResubmit);
}

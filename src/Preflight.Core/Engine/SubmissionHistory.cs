namespace Preflight.Core.Engine;

/// <summary>One earlier vetting attempt of the campaign.</summary>
public sealed record PastAttempt(DateTimeOffset SubmittedAt, string Outcome, IReadOnlyList<string> RejectionCodes);

/// <summary>Earlier vetting attempts of the campaign being checked, oldest first.</summary>
public sealed record SubmissionHistory(IReadOnlyList<PastAttempt> Attempts);

using Preflight.Core.Engine;

namespace Preflight.Core.Tests.Rules.Account;

/// <summary>Vetting histories for the account rules, one attempt per line: "REJECTED 611,5104".</summary>
internal static class AttemptsFor
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    public static SubmissionHistory History(params string[] attempts) =>
        new(attempts.Select((a, i) =>
        {
            var parts = a.Split(' ', 2);
            var codes = parts.Length > 1 ? parts[1].Split(',') : [];
            return new PastAttempt(Start.AddDays(7 * i), parts[0], codes);
        }).ToArray());
}

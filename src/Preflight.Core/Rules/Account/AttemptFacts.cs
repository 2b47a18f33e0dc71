using System.Globalization;
using Preflight.Core.Engine;

namespace Preflight.Core.Rules.Account;

/// <summary>Reading the vetting history: which attempts were declined, and how to point at them.</summary>
internal static class AttemptFacts
{
    /// <summary>The attempts oldest first, each with its position in the history as given.</summary>
    public static IReadOnlyList<(int Index, PastAttempt Attempt)> InOrder(SubmissionHistory history) =>
        history.Attempts.Select((a, i) => (i, a)).OrderBy(p => p.a.SubmittedAt).ThenBy(p => p.i).ToArray();

    /// <summary>A carrier or DCA said no ("REJECTED", "DECLINED", any case).</summary>
    public static bool IsDeclined(PastAttempt attempt) =>
        attempt.Outcome.Trim().ToUpperInvariant() is "REJECTED" or "DECLINED";

    /// <summary>The attempt's rejection codes, trimmed, upper-cased, without repeats, in order.</summary>
    public static string[] Codes(PastAttempt attempt) =>
        attempt.RejectionCodes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim().ToUpperInvariant())
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    public static string Describe(PastAttempt a)
    {
        var codes = Codes(a);
        var date = a.SubmittedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return codes.Length == 0 ? $"{date} {a.Outcome.Trim()}" : $"{date} {a.Outcome.Trim()} ({string.Join(", ", codes)})";
    }

    public static Evidence Evidence(string pointer, string excerpt) => new()
    {
        Source = "history",
        Path = pointer,
        Excerpt = Engine.Evidence.Trim(excerpt),
    };

    public static string Pointer(int index) => "/history/attempts/" + index.ToString(CultureInfo.InvariantCulture);
}

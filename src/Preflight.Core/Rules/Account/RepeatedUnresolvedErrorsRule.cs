using Preflight.Core.Engine;

namespace Preflight.Core.Rules.Account;

/// <summary>Four submissions in a row with the same errors: the next one is parked in PENDING.</summary>
public sealed class RepeatedUnresolvedErrorsRule : Rule
{
    /// <summary>Consecutive attempts with the same errors after which the provider parks the campaign.</summary>
    public const int Threshold = 4;

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "6105",
        Title = "Submitted four times or more with the same unresolved errors",
        Area = RuleArea.Account,
        Severity = Severity.Rejection,
        Needs = Needs.History,
        Fix = "Do not submit the same campaign again as it is: the next submission is held in PENDING. Fix each listed error, then file an appeal with your provider's support so they review the corrected campaign.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var attempts = AttemptFacts.InOrder(context.History!);
        if (attempts.Count < Threshold) return Check.Passed($"only {attempts.Count} earlier attempts");
        var last = attempts[^1];
        var codes = AttemptFacts.Codes(last.Attempt);
        if (!AttemptFacts.IsDeclined(last.Attempt) || codes.Length == 0)
            return Check.Passed("the latest attempt was not declined with rejection codes");
        var run = 0;
        for (var i = attempts.Count - 1; i >= 0; i--)
        {
            var a = attempts[i].Attempt;
            if (!AttemptFacts.IsDeclined(a) || !AttemptFacts.Codes(a).SequenceEqual(codes, StringComparer.Ordinal)) break;
            run++;
        }
        if (run < Threshold)
            return Check.Passed($"the latest errors ({string.Join(", ", codes)}) repeat in {run} consecutive attempts");
        var first = attempts[attempts.Count - run].Attempt;
        return Check.Fail(new Finding(
            $"The last {run} attempts, from {AttemptFacts.Describe(first)} to {AttemptFacts.Describe(last.Attempt)}, were all declined for the same reasons ({string.Join(", ", codes)}).",
            AttemptFacts.Evidence(AttemptFacts.Pointer(last.Index), AttemptFacts.Describe(last.Attempt))));
    }
}

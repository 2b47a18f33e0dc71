using Preflight.Core.Engine;

namespace Preflight.Core.Rules.Account;

/// <summary>After five declines the DCA stops treating resubmissions as routine.</summary>
public sealed class DeclinedFiveTimesRule : Rule
{
    /// <summary>Declines after which the campaign is flagged.</summary>
    public const int Threshold = 5;

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "808",
        Title = "Campaign has been declined five times or more",
        Area = RuleArea.Account,
        Severity = Severity.Rejection,
        Needs = Needs.History,
        Fix = "Stop resubmitting small edits: every decline costs another vetting fee. Work through every reason given in the earlier declines, check the campaign with Preflight until nothing fails, and talk to your provider or the DCA before the next submission.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var attempts = AttemptFacts.InOrder(context.History!);
        var declined = attempts.Where(p => AttemptFacts.IsDeclined(p.Attempt)).ToArray();
        if (declined.Length < Threshold)
            return Check.Passed($"{declined.Length} of {attempts.Count} earlier attempts were declined");
        var last = declined[^1];
        var dates = string.Join("; ", declined.TakeLast(Threshold).Select(p => AttemptFacts.Describe(p.Attempt)));
        return Check.Fail(new Finding(
            $"The campaign was declined {declined.Length} times in {attempts.Count} attempts (latest: {dates}). From the fifth decline on, reviewers flag it as resubmitted without sufficient changes.",
            AttemptFacts.Evidence(AttemptFacts.Pointer(last.Index), AttemptFacts.Describe(last.Attempt))));
    }
}

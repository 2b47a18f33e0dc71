using Preflight.Core.Rules.Account;

namespace Preflight.Core.Tests.Rules.Account;

public sealed class RepeatedUnresolvedErrorsRuleTests
{
    private static readonly RepeatedUnresolvedErrorsRule Rule = new();

    public static TheoryData<string[]> Progressing => new()
    {
        new[] { "REJECTED 611,5104", "REJECTED 611,5104", "REJECTED 611,5104" },
        new[] { "REJECTED 611,5104", "REJECTED 611", "REJECTED 611,5104", "REJECTED 611,5104" },
        new[] { "REJECTED 611", "REJECTED 611", "REJECTED 611", "APPROVED" },
        new[] { "REJECTED", "REJECTED", "REJECTED", "REJECTED" },
        new[] { "REJECTED 805", "REJECTED 611", "REJECTED 611", "REJECTED 611" },
    };

    public static TheoryData<string[]> Stuck => new()
    {
        new[] { "REJECTED 611,5104", "REJECTED 5104,611", "REJECTED 611, 5104", "DECLINED 611,5104" },
        new[] { "REJECTED 807", "REJECTED 611", "REJECTED 611", "REJECTED 611", "REJECTED 611", "REJECTED 611" },
    };

    [Theory]
    [MemberData(nameof(Progressing))]
    public void Passes_when_the_errors_change_or_were_resolved(string[] attempts) =>
        RuleTester.Passes(Rule, Golden.Submission, history: AttemptsFor.History(attempts));

    [Theory]
    [MemberData(nameof(Stuck))]
    public void Fails_four_attempts_in_a_row_with_the_same_errors(string[] attempts)
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, history: AttemptsFor.History(attempts));
        Assert.Equal($"/history/attempts/{attempts.Length - 1}", r.Findings[0].Evidence.Path);
        Assert.Contains("same reasons", r.Findings[0].Message);
    }

    [Fact]
    public void Reads_the_attempts_in_date_order()
    {
        var h = AttemptsFor.History("REJECTED 611", "REJECTED 611", "REJECTED 611", "REJECTED 611");
        var shuffled = h with { Attempts = [h.Attempts[3], h.Attempts[1], h.Attempts[0], h.Attempts[2]] };
        var r = RuleTester.Fails(Rule, Golden.Submission, history: shuffled);
        Assert.Equal("/history/attempts/0", r.Findings[0].Evidence.Path);
    }

    [Fact]
    public void Is_not_evaluated_without_history() => RuleTester.NotEvaluated(Rule, Golden.Submission);
}

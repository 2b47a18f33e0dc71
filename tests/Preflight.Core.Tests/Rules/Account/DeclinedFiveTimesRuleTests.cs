using Preflight.Core.Rules.Account;

namespace Preflight.Core.Tests.Rules.Account;

public sealed class DeclinedFiveTimesRuleTests
{
    private static readonly DeclinedFiveTimesRule Rule = new();

    public static TheoryData<string[]> FewDeclines => new()
    {
        Array.Empty<string>(),
        new[] { "REJECTED 611" },
        new[] { "REJECTED 611", "DECLINED 805", "REJECTED 807", "REJECTED 611" },
        new[] { "REJECTED 611", "REJECTED 611", "APPROVED", "PENDING", "REVIEW", "REJECTED 805", "REJECTED 805" },
    };

    public static TheoryData<string[]> ManyDeclines => new()
    {
        new[] { "REJECTED 611", "REJECTED 611", "REJECTED 805", "DECLINED 807", "rejected 611" },
        new[] { "REJECTED 611", "APPROVED", "REJECTED 611", "REJECTED 805", "Declined", "REJECTED 807", "REJECTED 807" },
    };

    [Theory]
    [MemberData(nameof(FewDeclines))]
    public void Passes_fewer_than_five_declines(string[] attempts) =>
        RuleTester.Passes(Rule, Golden.Submission, history: AttemptsFor.History(attempts));

    [Theory]
    [MemberData(nameof(ManyDeclines))]
    public void Fails_five_declines_or_more(string[] attempts)
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, history: AttemptsFor.History(attempts));
        Assert.Equal("history", r.Findings[0].Evidence.Source);
        Assert.Equal($"/history/attempts/{attempts.Length - 1}", r.Findings[0].Evidence.Path);
        Assert.Contains($"declined {attempts.Count(a => !a.StartsWith("APPROVED"))} times", r.Findings[0].Message);
    }

    [Fact]
    public void Is_not_evaluated_without_history() => RuleTester.NotEvaluated(Rule, Golden.Submission);
}

using Preflight.Core.Engine;
using Preflight.Core.Rules.Account;

namespace Preflight.Core.Tests.Rules.Account;

public sealed class CnpMigrationNotConfiguredRuleTests
{
    private static readonly CnpMigrationNotConfiguredRule Rule = new();

    [Fact]
    public void Is_never_judged_from_a_submission()
    {
        var r = RuleTester.NotEvaluated(Rule, Golden.Submission);
        Assert.Contains("account", r.Note);
    }

    [Fact]
    public void Says_why_when_asked_directly()
    {
        var check = Rule.Evaluate(new RuleContext(Golden.Submission));
        Assert.Equal(Outcome.NotEvaluated, check.Outcome);
        Assert.Contains("account configuration", check.Note);
    }
}

using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class AttachedFormLacksOptInRuleTests
{
    private static readonly AttachedFormLacksOptInRule Rule = new();

    [Fact]
    public void Is_not_evaluated_without_attachments()
    {
        var r = RuleTester.NotEvaluated(Rule, Golden.Submission);
        Assert.Contains("attachments", r.Note, StringComparison.Ordinal);
    }
}

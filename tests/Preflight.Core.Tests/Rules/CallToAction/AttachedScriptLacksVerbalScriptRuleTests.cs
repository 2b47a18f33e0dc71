using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class AttachedScriptLacksVerbalScriptRuleTests
{
    private static readonly AttachedScriptLacksVerbalScriptRule Rule = new();

    [Fact]
    public void Is_not_evaluated_without_attachments()
    {
        var r = RuleTester.NotEvaluated(Rule, CtaFlows.Flow(CtaFlows.VerbalWithLinks));
        Assert.Contains("attachments", r.Note, StringComparison.Ordinal);
    }
}

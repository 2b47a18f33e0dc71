using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class HelpSupportNotDeclaredRuleTests
{
    private static readonly HelpSupportNotDeclaredRule Rule = new();

    [Fact]
    public void Passes_when_help_is_supported() => RuleTester.Passes(Rule, Golden.Submission);

    [Fact]
    public void Passes_with_a_note_when_the_flag_is_not_stated() =>
        Assert.NotNull(RuleTester.Passes(Rule, Golden.With(c => c with { SubscriberHelp = null })).Note);

    [Fact]
    public void Fails_when_help_is_declared_unsupported()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { SubscriberHelp = false }), Fields.SubscriberHelp);
        Assert.Equal("false", r.Findings[0].Evidence.Excerpt);
    }
}

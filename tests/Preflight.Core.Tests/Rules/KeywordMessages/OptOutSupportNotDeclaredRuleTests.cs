using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class OptOutSupportNotDeclaredRuleTests
{
    private static readonly OptOutSupportNotDeclaredRule Rule = new();

    [Fact]
    public void Passes_when_opt_out_is_supported() => RuleTester.Passes(Rule, Golden.Submission);

    [Fact]
    public void Passes_with_a_note_when_the_flag_is_not_stated() =>
        Assert.NotNull(RuleTester.Passes(Rule, Golden.With(c => c with { SubscriberOptout = null })).Note);

    [Fact]
    public void Fails_when_opt_out_is_declared_unsupported()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { SubscriberOptout = false }), Fields.SubscriberOptout);
        Assert.Equal("false", r.Findings[0].Evidence.Excerpt);
    }
}

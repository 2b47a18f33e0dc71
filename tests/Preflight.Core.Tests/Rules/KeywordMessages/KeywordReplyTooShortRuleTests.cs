using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class KeywordReplyTooShortRuleTests
{
    private static readonly KeywordReplyTooShortRule Rule = new();

    [Theory]
    [InlineData("ACME: Unsubscribed. No more msgs will be sent.")]
    [InlineData("ACME: No more texts.")]
    public void Passes_replies_of_20_characters_or_more(string message) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { OptoutMessage = message }));

    [Theory]
    [InlineData("Unsubscribed.")]
    [InlineData("  You're out.   ")]
    [InlineData("ACME: No more texts")]
    public void Fails_short_replies(string message) =>
        RuleTester.Fails(Rule, Golden.With(c => c with { OptoutMessage = message }), Fields.OptoutMessage);

    [Fact]
    public void Leaves_missing_replies_to_the_other_rules() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { OptoutMessage = null, HelpMessage = "" }));

    [Fact]
    public void Checks_the_help_and_opt_in_replies_too()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptinMessage = "Welcome!", HelpMessage = "Call us." }));
        Assert.Equal([Fields.OptinMessage, Fields.HelpMessage], r.Findings.Select(f => f.Evidence.Path));
    }
}

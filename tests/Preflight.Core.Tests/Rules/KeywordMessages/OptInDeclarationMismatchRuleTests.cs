using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class OptInDeclarationMismatchRuleTests
{
    private static readonly OptInDeclarationMismatchRule Rule = new();

    [Fact]
    public void Passes_when_keyword_opt_in_is_complete() => RuleTester.Passes(Rule, Golden.Submission);

    [Fact]
    public void Passes_when_there_is_no_keyword_opt_in_and_subscriber_optin_is_false() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { SubscriberOptin = false, OptinKeywords = null, OptinMessage = null }));

    [Fact]
    public void Fails_when_subscriber_optin_is_false_but_keywords_are_listed()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { SubscriberOptin = false }), Fields.SubscriberOptin);
        Assert.Contains("START, YES", r.Findings[0].Message);
    }

    [Fact]
    public void Fails_when_subscriber_optin_is_true_without_keywords() =>
        RuleTester.Fails(Rule, Golden.With(c => c with { OptinKeywords = "" }), Fields.OptinKeywords);

    [Fact]
    public void Fails_when_keywords_are_listed_without_a_confirmation()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { SubscriberOptin = null, OptinMessage = null }), Fields.OptinMessage);
        Assert.StartsWith("Opt-in keywords are listed", r.Findings[0].Message);
    }
}

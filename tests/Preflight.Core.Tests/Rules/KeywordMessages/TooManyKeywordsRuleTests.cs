using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class TooManyKeywordsRuleTests
{
    private static readonly TooManyKeywordsRule Rule = new();

    [Theory]
    [InlineData("STOP")]
    [InlineData("STOP,END,CANCEL,UNSUBSCRIBE,QUIT,STOPALL")]
    public void Passes_six_or_fewer(string keywords) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { OptoutKeywords = keywords }));

    [Fact]
    public void Fails_seven_opt_out_keywords()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptoutKeywords = "STOP,END,CANCEL,UNSUBSCRIBE,QUIT,STOPALL,REVOKE" }), Fields.OptoutKeywords);
        Assert.Contains("7", r.Findings[0].Message);
    }

    [Fact]
    public void Fails_any_list_over_the_limit() =>
        RuleTester.Fails(Rule, Golden.With(c => c with { OptinKeywords = "START,YES,JOIN,SUBSCRIBE,UNSTOP,SIGNUP,OPTIN" }), Fields.OptinKeywords);
}

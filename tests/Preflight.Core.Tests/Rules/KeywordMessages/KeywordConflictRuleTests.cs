using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class KeywordConflictRuleTests
{
    private static readonly KeywordConflictRule Rule = new();

    [Fact]
    public void Passes_the_usual_lists() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { OptinKeywords = "JOIN,START,SMILE", HelpKeywords = "HELP,INFO,AYUDA" }));

    [Theory]
    [InlineData("START,STOP", null, null, Fields.OptinKeywords, "STOP")]
    [InlineData("START,HELP", null, null, Fields.OptinKeywords, "HELP")]
    [InlineData(null, "STOP,START", null, Fields.OptoutKeywords, "START")]
    [InlineData(null, "STOP,INFO", null, Fields.OptoutKeywords, "INFO")]
    [InlineData(null, null, "HELP,CANCEL", Fields.HelpKeywords, "CANCEL")]
    [InlineData(null, "STOP,END,STOP", null, Fields.OptoutKeywords, "STOP")]
    [InlineData("JOIN,SMILE", null, "HELP,SMILE", Fields.HelpKeywords, "SMILE")]
    public void Fails_and_quotes_the_conflicting_keyword(string? optin, string? optout, string? help, string pointer, string keyword)
    {
        var s = Golden.With(c => c with
        {
            OptinKeywords = optin ?? c.OptinKeywords,
            OptoutKeywords = optout ?? c.OptoutKeywords,
            HelpKeywords = help ?? c.HelpKeywords,
        });
        var r = RuleTester.Fails(Rule, s, pointer);
        Assert.Single(r.Findings);
        Assert.Equal(keyword, r.Findings[0].Evidence.Excerpt);
    }
}

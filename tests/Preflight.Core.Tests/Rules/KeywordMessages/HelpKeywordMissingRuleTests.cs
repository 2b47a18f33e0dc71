using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class HelpKeywordMissingRuleTests
{
    private static readonly HelpKeywordMissingRule Rule = new();

    [Theory]
    [InlineData("HELP")]
    [InlineData("HELP,INFO")]
    [InlineData("INFO, HELP")]
    [InlineData("help")]
    public void Passes_when_HELP_is_listed(string keywords) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { HelpKeywords = keywords }));

    [Theory]
    [InlineData(null, "No help keywords")]
    [InlineData("", "No help keywords")]
    [InlineData("INFO", "HELP is not among the help keywords (INFO)")]
    [InlineData("SUPPORT,AYUDA", "HELP is not among the help keywords (SUPPORT, AYUDA)")]
    public void Fails_when_HELP_is_not_listed(string? keywords, string expected)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { HelpKeywords = keywords }), Fields.HelpKeywords);
        Assert.Contains(expected, r.Findings[0].Message);
    }
}

using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class KeywordNotOneCapitalisedWordRuleTests
{
    private static readonly KeywordNotOneCapitalisedWordRule Rule = new();

    [Theory]
    [InlineData("STOP,END,CANCEL")]
    [InlineData("STOP, END , QUIT")]
    [InlineData("STOPALL,OPTOUT,STOP2")]
    public void Passes_single_capitalised_words(string keywords) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { OptoutKeywords = keywords }));

    [Theory]
    [InlineData("STOP,stop", "stop", "capital letters")]
    [InlineData("STOP,STOP ALL", "STOP ALL", "space")]
    [InlineData("Stop,END", "Stop", "capital letters")]
    [InlineData("STOP,OPT-OUT", "OPT-OUT", "OPTOUT")]
    [InlineData("STOP,END.", "END.", "letters and digits")]
    public void Fails_and_quotes_the_keyword(string keywords, string keyword, string expected)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptoutKeywords = keywords }), Fields.OptoutKeywords);
        Assert.Single(r.Findings);
        Assert.Equal(keyword, r.Findings[0].Evidence.Excerpt);
        Assert.Equal(keywords.IndexOf(keyword, StringComparison.Ordinal), r.Findings[0].Evidence.Start);
        Assert.Contains(expected, r.Findings[0].Message);
    }

    [Fact]
    public void Checks_all_three_lists()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptinKeywords = "start", OptoutKeywords = "STOP", HelpKeywords = "HELP,more info" }));
        Assert.Equal([Fields.OptinKeywords, Fields.HelpKeywords], r.Findings.Select(f => f.Evidence.Path));
    }
}

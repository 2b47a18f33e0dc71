using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class CommonOptOutWordsNotListedRuleTests
{
    private static readonly CommonOptOutWordsNotListedRule Rule = new();

    [Theory]
    [InlineData("STOP,END,CANCEL,UNSUBSCRIBE")]
    [InlineData("STOP,END,CANCEL,UNSUBSCRIBE,QUIT,STOPALL")]
    [InlineData("unsubscribe,cancel,end,stop")]
    public void Passes_when_the_common_words_are_listed(string keywords) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { OptoutKeywords = keywords }));

    [Fact]
    public void Leaves_an_empty_list_to_5101() =>
        Assert.NotNull(RuleTester.Passes(Rule, Golden.With(c => c with { OptoutKeywords = null })).Note);

    [Theory]
    [InlineData("STOP", "END, CANCEL, UNSUBSCRIBE")]
    [InlineData("STOP,QUIT,STOPALL,REVOKE,OPTOUT,END", "CANCEL, UNSUBSCRIBE")]
    public void Advises_adding_the_missing_words(string keywords, string missing)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptoutKeywords = keywords }), Fields.OptoutKeywords);
        Assert.Contains("leave out " + missing, r.Findings[0].Message);
        Assert.Equal(Preflight.Core.Engine.Severity.Advice, Rule.Descriptor.Severity);
    }
}

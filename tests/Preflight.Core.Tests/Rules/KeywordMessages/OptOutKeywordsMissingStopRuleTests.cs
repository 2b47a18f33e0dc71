using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class OptOutKeywordsMissingStopRuleTests
{
    private static readonly OptOutKeywordsMissingStopRule Rule = new();

    public static TheoryData<string> Valid => new()
    {
        "STOP",
        "STOP,END,CANCEL,UNSUBSCRIBE,QUIT",
        "END, STOP , QUIT",
        "stop,end",
        "STOPALL,STOP,REVOKE,OPTOUT",
    };

    public static TheoryData<string?, string> Invalid => new()
    {
        { null, "No opt-out keywords" },
        { "", "No opt-out keywords" },
        { "NOMORE", "None of the listed" },
        { "NOMORE,BYE", "None of the listed" },
        { "END,CANCEL,UNSUBSCRIBE", "STOP is not among" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_when_STOP_is_listed(string keywords) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { OptoutKeywords = keywords }));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_when_STOP_is_not_listed(string? keywords, string expected)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptoutKeywords = keywords }), Fields.OptoutKeywords);
        Assert.Contains(expected, r.Findings[0].Message);
        Assert.Equal(keywords, r.Findings[0].Evidence.Excerpt);
    }
}

using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class KeywordReplyTooLongRuleTests
{
    private static readonly KeywordReplyTooLongRule Rule = new();

    private static string Help(int length)
    {
        const string head = "Bright Smile Dental: For help call (303) 555-0142 or email office@brightsmiledental.com.";
        const string tail = " Reply STOP to opt out.";
        return head + string.Concat(Enumerable.Repeat(" We are open Mon-Fri 8-5.", 20))[..(length - head.Length - tail.Length)] + tail;
    }

    [Theory]
    [InlineData(255)]
    [InlineData(320)]
    public void Passes_up_to_320_characters(int length)
    {
        var message = Help(length);
        Assert.Equal(length, message.Length);
        RuleTester.Passes(Rule, Golden.With(c => c with { HelpMessage = message }));
    }

    [Fact]
    public void Fails_over_320_characters_and_mentions_the_stricter_cap()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { HelpMessage = Help(321) }), Fields.HelpMessage);
        Assert.Contains("321", r.Findings[0].Message);
        Assert.Contains("255", r.Findings[0].Message);
    }
}

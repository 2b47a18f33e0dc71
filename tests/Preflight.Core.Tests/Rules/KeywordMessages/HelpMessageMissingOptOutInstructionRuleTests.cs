using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class HelpMessageMissingOptOutInstructionRuleTests
{
    private static readonly HelpMessageMissingOptOutInstructionRule Rule = new();

    [Theory]
    [InlineData("Bright Smile Dental: For help call (303) 555-0142. Reply STOP to opt out.")]
    [InlineData("Bright Smile Dental: Help at brightsmiledental.com/help. Txt STOP to quit")]
    [InlineData("Bright Smile Dental: Call (303) 555-0142. Reply STOP at any time to cancel.")]
    [InlineData("Bright Smile Dental: Call (303) 555-0142. To stop texts reply END.")]
    public void Passes_when_the_reply_says_how_to_opt_out(string message) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { HelpMessage = message }));

    [Theory]
    [InlineData("Bright Smile Dental: For help call (303) 555-0142 or email office@brightsmiledental.com.")]
    [InlineData("Bright Smile Dental: We're here to help. Call (303) 555-0142 and we'll stop by your file.")]
    public void Fails_when_it_does_not(string message)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { HelpMessage = message }), Fields.HelpMessage);
        Assert.Equal(message, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Leaves_a_missing_help_message_to_5109_and_5110() =>
        Assert.NotNull(RuleTester.Passes(Rule, Golden.With(c => c with { HelpMessage = null })).Note);
}

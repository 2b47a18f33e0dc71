using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class OptOutMessageMissingNoFurtherMessagesRuleTests
{
    private static readonly OptOutMessageMissingNoFurtherMessagesRule Rule = new();

    public static TheoryData<string> Valid => new()
    {
        "Bright Smile Dental: You're opted out and won't get more texts. Reply START to rejoin.",
        "Bright Smile Dental: You’re opted out and won’t get more texts. Reply START to rejoin.",
        "ACME: Unsubscribed. No more msgs will be sent.",
        "Bright Smile Dental: You will not receive any more messages from us.",
        "Bright Smile Dental: You'll no longer receive texts. Questions? Call (303) 555-0142.",
        "Bright Smile Dental: You have opted out of alerts and will receive no further texts.",
        "Bright Smile Dental: We won't text you again. Reply START to rejoin.",
        "Bright Smile Dental: You've been opted out. We will not send you any more messages.",
        "Bright Smile Dental: Opt-out confirmed. You won't receive more messages.",
        "Bright Smile Dental: You're opted out, and reminder texts will stop right away. Reply START to rejoin.",
        "Bright Smile Dental: We've taken you off our text list; you won't receive future messages.",
        "Bright Smile Dental: Unsubscribed. Alerts will end now.",
    };

    public static TheoryData<string> Invalid => new()
    {
        "Bright Smile Dental: We got your request. Reply START to resubscribe.",
        "Bright Smile Dental: You have been unsubscribed.",
        "Bright Smile Dental: You are opted out. Reply START anytime to come back.",
        "Bright Smile Dental: Thanks for your message, we will get back to you.",
        "Bright Smile Dental: You're opted out. Texts will stop by Friday if you confirm.",
        "Bright Smile Dental: You are unsubscribed. Future messages may include links to your chart.",
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_when_the_reply_says_messages_stop(string message) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { OptoutMessage = message }));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_when_the_reply_does_not_say_messages_stop(string message)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptoutMessage = message }), Fields.OptoutMessage);
        Assert.Equal(message, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Fails_when_there_is_no_opt_out_message()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptoutMessage = null }), Fields.OptoutMessage);
        Assert.Contains("no opt-out message", r.Findings[0].Message);
    }
}

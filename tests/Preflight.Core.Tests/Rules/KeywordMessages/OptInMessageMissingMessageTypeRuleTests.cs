using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class OptInMessageMissingMessageTypeRuleTests
{
    private static readonly OptInMessageMissingMessageTypeRule Rule = new();

    [Theory]
    [InlineData("Bright Smile Dental: You're subscribed to appointment reminders. Msg freq varies. Reply STOP to cancel.")]
    [InlineData("Bright Smile Dental: Welcome to our text deals & offers! up to 6 msgs/mo. Reply STOP to cancel.")]
    [InlineData("Bright Smile Dental: You'll get order updates by text. Reply STOP to cancel.")]
    [InlineData("Bright Smile Dental: You're enrolled in treatment-plan texts. Reply STOP to cancel.")]
    [InlineData("Bright Smile Dental: You're signed up for billing and insurance texts. Reply STOP to cancel.")]
    [InlineData("Bright Smile Dental: You're signed up for outage and closure advisories. Reply STOP to cancel.")]
    public void Passes_when_the_kind_of_messages_is_named(string message) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { OptinMessage = message }));

    [Theory]
    [InlineData("Bright Smile Dental: Thanks for joining! Msg freq varies. Msg&data rates may apply. Reply HELP for help, STOP to cancel.")]
    [InlineData("Bright Smile Dental: You're in! Reply STOP to cancel.")]
    [InlineData("Bright Smile Dental: Thanks for joining Bright Smile Dental texts! Reply STOP to cancel.")]
    [InlineData("Bright Smile Dental: You'll get recurring automated texts. Reply STOP to cancel.")]
    public void Advises_naming_the_kind_of_messages(string message)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptinMessage = message }), Fields.OptinMessage);
        Assert.Equal(message, r.Findings[0].Evidence.Excerpt);
    }
}

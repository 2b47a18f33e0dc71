using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class OptInMessageMissingFrequencyRuleTests
{
    private static readonly OptInMessageMissingFrequencyRule Rule = new();

    public static TheoryData<string> Valid => new()
    {
        "Bright Smile Dental: You're in! up to 6 msgs/mo. Msg&data rates may apply. Reply HELP for help, STOP to cancel.",
        "Bright Smile Dental: Reminders on. Msg freq varies. Msg & data rates may apply. Txt HELP for help, STOP to quit.",
        "Bright Smile Dental: Welcome! Expect 2 msgs/wk. Message and data rates may apply. Reply HELP for help, STOP to opt out.",
        "Bright Smile Dental: Recurring automated reminders. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
        "Bright Smile Dental: Message frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
        "Bright Smile Dental: You're subscribed to visit reminders. Up to 3 msgs per visit. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
        "Bright Smile Dental: You're subscribed to visit reminders. About twice a month. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
        "Bright Smile Dental: You're subscribed to visit reminders. Msgs: 4/mo. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
        "Bright Smile Dental: You're subscribed to visit reminders. Frequency of messages varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
        "Bright Smile Dental: You're subscribed to visit reminders. We text once a week. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
    };

    public static TheoryData<string> Invalid => new()
    {
        "Bright Smile Dental: You're subscribed to appointment reminders. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
        "Bright Smile Dental: Welcome! Reply STOP to cancel.",
        "Bright Smile Dental: Thanks for signing up. We'll text you often. Reply STOP to cancel.",
        "Bright Smile Dental: You're subscribed to visit reminders. Texts are sent by our front desk. Reply STOP to cancel.",
        "Bright Smile Dental: You're subscribed to visit reminders, 7 days a week. Reply STOP to cancel.",
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_when_frequency_is_disclosed(string message) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { OptinMessage = message }));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_when_frequency_is_missing(string message)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptinMessage = message }), Fields.OptinMessage);
        Assert.Equal(message, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Passes_with_a_note_when_there_is_no_opt_in_message()
    {
        var r = RuleTester.Passes(Rule, Golden.With(c => c with { OptinMessage = null }));
        Assert.NotNull(r.Note);
    }
}

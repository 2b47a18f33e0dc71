using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class OptInMessageMissingRatesNoticeRuleTests
{
    private static readonly OptInMessageMissingRatesNoticeRule Rule = new();

    public static TheoryData<string> Valid => new()
    {
        "Bright Smile Dental: You're in! up to 6 msgs/mo. Msg&data rates may apply. Reply HELP for help, STOP to cancel.",
        "Bright Smile Dental: Reminders on. Msg freq varies. Message and data rates may apply. Reply HELP for help, STOP to cancel.",
        "Bright Smile Dental: Reminders on. Msg freq varies. Std. msg & data rates apply. Reply HELP for help, STOP to cancel.",
        "Bright Smile Dental: Reminders on. Msg freq varies. Msg & Data Rates May Apply. Reply HELP for help, STOP to cancel.",
        "Bright Smile Dental: Reminders on. Msg freq varies. Data and msg rates may apply. Reply HELP for help, STOP to cancel.",
        "Bright Smile Dental: Reminders on. Msg freq varies. Standard text messaging rates apply. Reply HELP for help, STOP to cancel.",
    };

    public static TheoryData<string> Invalid => new()
    {
        "Bright Smile Dental: You're subscribed to appointment reminders. Msg frequency varies. Reply HELP for help, STOP to cancel.",
        "Bright Smile Dental: Reminders on, up to 4 msgs/mo. Texts are free from us. Reply STOP to cancel.",
        "Bright Smile Dental: Reminders on, up to 4 msgs/mo. Your carrier may charge you. Reply STOP to cancel.",
        "Bright Smile Dental: Reminders on, up to 4 msgs/mo. Standard visit rates apply. Reply STOP to cancel.",
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_when_the_rates_notice_is_there(string message) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { OptinMessage = message }));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_when_the_rates_notice_is_missing(string message)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptinMessage = message }), Fields.OptinMessage);
        Assert.Equal(message, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Passes_with_a_note_when_there_is_no_opt_in_message() =>
        Assert.NotNull(RuleTester.Passes(Rule, Golden.With(c => c with { OptinMessage = "" })).Note);
}

using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class OptInMessageMissingOptOutKeywordRuleTests
{
    private static readonly OptInMessageMissingOptOutKeywordRule Rule = new();

    public static TheoryData<string> Valid => new()
    {
        "Bright Smile Dental: You're in! up to 6 msgs/mo. Msg&data rates may apply. Txt STOP to quit",
        "Bright Smile Dental: Reminders on. Reply HELP for help, STOP to cancel.",
        "Bright Smile Dental: Reminders on. Reply STOP at any time to cancel.",
        "Bright Smile Dental: Reminders on. Reply HELP or STOP.",
        "Bright Smile Dental: Reminders on. Text END to unsubscribe.",
        "Bright Smile Dental: Reminders on. reply stop to opt out.",
        "Bright Smile Dental: Reminders on. To unsubscribe, reply CANCEL.",
        "Bright Smile Dental: Reminders on, up to 4 msgs/mo. Msg & data rates may apply. Reply HELP for help or STOP at any time to cancel.",
    };

    public static TheoryData<string> Invalid => new()
    {
        "Bright Smile Dental: Reminders on. Msg freq varies. Msg & data rates may apply. Reply HELP for help.",
        "Bright Smile Dental: Reminders on. You can stop these texts whenever you like.",
        "Bright Smile Dental: Reminders on. Call (303) 555-0142 to unsubscribe.",
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_when_a_listed_opt_out_keyword_is_given(string message) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { OptinMessage = message }));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_when_no_opt_out_instruction_is_given(string message)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptinMessage = message }), Fields.OptinMessage);
        Assert.Equal(message, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Fails_when_the_instruction_names_a_word_that_is_not_listed()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with
        {
            OptoutKeywords = "END,CANCEL",
            OptinMessage = "Bright Smile Dental: Reminders on. Reply STOP to cancel.",
        }), Fields.OptinMessage);
        Assert.Equal("Reply STOP", r.Findings[0].Evidence.Excerpt);
        Assert.Contains("END, CANCEL", r.Findings[0].Message);
    }

    [Fact]
    public void Accepts_any_common_opt_out_word_when_none_are_listed() =>
        RuleTester.Passes(Rule, Golden.With(c => c with
        {
            OptoutKeywords = null,
            OptinMessage = "Bright Smile Dental: Reminders on. Reply QUIT to stop them.",
        }));
}

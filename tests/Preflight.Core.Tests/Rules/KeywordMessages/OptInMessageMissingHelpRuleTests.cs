using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class OptInMessageMissingHelpRuleTests
{
    private static readonly OptInMessageMissingHelpRule Rule = new();

    public static TheoryData<string> Valid => new()
    {
        "Bright Smile Dental: Reminders on. Msg freq varies. Msg&data rates may apply. Reply HELP for help, STOP to cancel.",
        "Bright Smile Dental: You're in! up to 6 msgs/mo. Msg&data rates may apply. Txt HELP 4 help, STOP to quit.",
        "Bright Smile Dental: You're in! For help, reply HELP. Reply STOP to cancel.",
        "Bright Smile Dental: You're in! Reply STOP to cancel or HELP for info.",
        "Bright Smile Dental: You're in! Reply HELP or STOP.",
    };

    public static TheoryData<string> Invalid => new()
    {
        "Bright Smile Dental: Reminders on. Msg freq varies. Msg & data rates may apply. Reply STOP to cancel.",
        "Bright Smile Dental: You're in! Call us for help. Reply STOP to cancel.",
        "Bright Smile Dental: You're in! Help is available at (303) 555-0142. Reply STOP to cancel.",
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_when_HELP_is_offered(string message) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { OptinMessage = message }));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_when_HELP_is_not_offered(string message)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptinMessage = message }), Fields.OptinMessage);
        Assert.Equal(message, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Accepts_a_listed_help_keyword_other_than_HELP() =>
        RuleTester.Passes(Rule, Golden.With(c => c with
        {
            HelpKeywords = "HELP,SUPPORT",
            OptinMessage = "Bright Smile Dental: You're in! Reply SUPPORT for assistance, STOP to cancel.",
        }));
}

using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class OptInMessageMissingBrandNameRuleTests
{
    private static readonly OptInMessageMissingBrandNameRule Rule = new();

    public static TheoryData<string> Valid => new()
    {
        "Bright Smile Dental: You're subscribed to reminders. Msg freq varies. Msg&data rates may apply. Reply HELP for help, STOP to cancel.",
        "BRIGHT SMILE DENTAL - you are now enrolled. Up to 4 msgs/mo. Reply STOP to quit.",
        "Thanks for joining Bright Smile Dental's reminder list! Reply STOP to opt out.",
        "Bright Smile Dental Group, LLC: you're in. Reply STOP to end.",
        "Welcome to bright-smile dental alerts. Reply STOP to end.",
        "Bright Smile Dental: You're all set for reminders. Manage visits at brightsmiledental.com. Reply HELP for help, STOP to cancel.",
        "You're subscribed to reminders from Bright Smile Dental (brightsmiledental.com/visits). Reply STOP to cancel.",
    };

    public static TheoryData<string> Invalid => new()
    {
        "You're subscribed to appointment reminders. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
        "Bright Dental: You're subscribed. Reply STOP to cancel.",
        "Smile! You are now subscribed. Reply STOP to cancel.",
        // The brand only run together inside a web or e-mail address does not say who is texting.
        "You're all set for appointment reminders. Up to 4 msgs/mo. Msg & data rates may apply. Manage visits at brightsmiledental.com. Reply HELP for help, STOP to cancel.",
        "Welcome! Reminders are on. Questions: office@brightsmiledental.com. Reply HELP for help, STOP to cancel.",
        "Subscribed! See https://www.brightsmiledental.com/reminders for details. Reply STOP to cancel.",
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_when_the_brand_is_named(string message) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { OptinMessage = message }));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_when_the_brand_is_missing(string message)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptinMessage = message }), Fields.OptinMessage);
        Assert.Equal(message, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Matches_the_display_name_even_when_it_has_an_accent_and_apostrophe()
    {
        var s = Golden.WithBrand(b => b with { DisplayName = "Café Zoë's", CompanyName = "Cafe Zoes Inc." })
            with { Campaign = Golden.Campaign with { OptinMessage = "Cafe Zoe's: you're subscribed. Reply STOP to cancel." } };
        RuleTester.Passes(Rule, s);
    }
}

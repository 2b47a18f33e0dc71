using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class OptOutMessageMissingBrandNameRuleTests
{
    private static readonly OptOutMessageMissingBrandNameRule Rule = new();

    public static TheoryData<string> Valid => new()
    {
        "Bright Smile Dental: You're opted out and won't get more texts. Reply START to rejoin.",
        "BRIGHT SMILE DENTAL: Unsubscribed. No more msgs will be sent.",
        "You have been unsubscribed from Bright Smile Dental reminders. No further messages will be sent.",
        "Bright Smile Dental Group, LLC: you will no longer receive texts from us.",
        "bright smile dental - you're out. No more texts.",
        "Unsubscribed from brightsmiledental.com alerts by Bright Smile Dental. No more texts.",
    };

    public static TheoryData<string> Invalid => new()
    {
        "ACME: Unsubscribed. No more msgs will be sent.",
        "You have been unsubscribed and will receive no further messages. Reply START to resubscribe.",
        "Bright Dental: You're unsubscribed and won't get more texts.",
        "Smile! You are opted out. No more messages will be sent.",
        "You are opted out and will get no more texts. Questions? office@brightsmiledental.com",
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_when_the_brand_is_named(string message) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { OptoutMessage = message }));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_when_the_brand_is_missing(string message)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptoutMessage = message }), Fields.OptoutMessage);
        Assert.Equal(message, r.Findings[0].Evidence.Excerpt);
        Assert.Contains("Bright Smile Dental", r.Findings[0].Message);
    }

    [Theory]
    [MemberData(nameof(KeywordTestBrands.Names), MemberType = typeof(KeywordTestBrands))]
    public void Passes_for_names_with_apostrophes_ampersands_and_accents(string display, string company, string written) =>
        RuleTester.Passes(Rule, KeywordTestBrands.With(display, company,
            c => c with { OptoutMessage = $"{written}: You're unsubscribed and will receive no further messages." }));

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Fails_when_there_is_no_opt_out_message(string? message)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptoutMessage = message }), Fields.OptoutMessage);
        Assert.Contains("no opt-out message", r.Findings[0].Message);
    }
}

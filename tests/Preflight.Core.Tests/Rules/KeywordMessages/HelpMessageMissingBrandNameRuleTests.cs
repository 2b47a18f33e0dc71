using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class HelpMessageMissingBrandNameRuleTests
{
    private static readonly HelpMessageMissingBrandNameRule Rule = new();

    public static TheoryData<string> Valid => new()
    {
        "Bright Smile Dental: For help call (303) 555-0142 or email office@brightsmiledental.com. Reply STOP to opt out.",
        "For assistance with Bright Smile Dental reminders, call 303-555-0142. Reply STOP to cancel.",
        "BRIGHT SMILE DENTAL help desk: 303.555.0142. Txt STOP to quit",
        "Bright Smile Dental's front desk can help: (303) 555-0142. Reply STOP to opt out.",
    };

    public static TheoryData<string> Invalid => new()
    {
        "For help call (303) 555-0142 or email help@dentaloffice.com. Reply STOP to opt out.",
        "Need help? Visit example.com/support. Reply STOP to cancel.",
        "Bright Dental: call (303) 555-0142 for help.",
        "For help email office@brightsmiledental.com or visit https://www.brightsmiledental.com/help. Reply STOP to opt out.",
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_when_the_brand_is_named(string message) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { HelpMessage = message }));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_when_the_brand_is_missing(string message)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { HelpMessage = message }), Fields.HelpMessage);
        Assert.Equal(message, r.Findings[0].Evidence.Excerpt);
    }

    [Theory]
    [MemberData(nameof(KeywordTestBrands.Names), MemberType = typeof(KeywordTestBrands))]
    public void Passes_for_names_with_apostrophes_ampersands_and_accents(string display, string company, string written) =>
        RuleTester.Passes(Rule, KeywordTestBrands.With(display, company,
            c => c with { HelpMessage = $"{written}: for help call (303) 555-0142. Reply STOP to opt out." }));

    [Fact]
    public void Fails_when_there_is_no_help_message()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { HelpMessage = null }), Fields.HelpMessage);
        Assert.Contains("no HELP message", r.Findings[0].Message);
    }
}

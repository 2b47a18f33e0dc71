using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class HelpMessageMissingContactRuleTests
{
    private static readonly HelpMessageMissingContactRule Rule = new();

    public static TheoryData<string> Valid => new()
    {
        "Bright Smile Dental: For help call (303) 555-0142. Reply STOP to opt out.",
        "Bright Smile Dental: Help: call 1-800-555-0199. Reply STOP to cancel.",
        "Bright Smile Dental: Email office@brightsmiledental.com for help. Reply STOP to opt out.",
        "Bright Smile Dental: Questions? Visit brightsmiledental.com/help. Reply STOP to cancel.",
        "Bright Smile Dental: Support at https://www.brightsmiledental.com/contact. Reply STOP to cancel.",
        "Bright Smile Dental: Call 303.555.0142 for support. Reply STOP to cancel.",
        "Bright Smile Dental: For help call 800-GOT-FOOD. Reply STOP to cancel.",
        "Bright Smile Dental: For help call us at 555-0122. Reply STOP to cancel.",
        "Bright Smile Dental: For help visit bluegrassrec.coop/help. Text STOP to end.",
        "Bright Smile Dental: Help is at www.cedarcreek.vet. Reply STOP to cancel.",
    };

    public static TheoryData<string> Invalid => new()
    {
        "Bright Smile Dental: We're here to help with your account. Reply STOP to opt out.",
        "Bright Smile Dental: For help, contact our front desk. Reply STOP to opt out.",
        "Bright Smile Dental: Reply STOP to cancel.",
        "Bright Smile Dental: For help stop by the front desk Mon.-Fri. 8 a.m.-5 p.m. Reply STOP to cancel.",
        "Bright Smile Dental: Help is on the way.call the office. Reply STOP to cancel.",
        "Bright Smile Dental: For help see order 555-0122 in your account. Reply STOP to cancel.",
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_when_a_contact_is_given(string message) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { HelpMessage = message }));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_when_no_contact_is_given(string message)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { HelpMessage = message }), Fields.HelpMessage);
        Assert.Equal(message, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Fails_when_there_is_no_help_message()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { HelpMessage = "" }), Fields.HelpMessage);
        Assert.Contains("no HELP message", r.Findings[0].Message);
    }
}

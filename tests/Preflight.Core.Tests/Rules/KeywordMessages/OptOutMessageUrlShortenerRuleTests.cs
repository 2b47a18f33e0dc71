using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class OptOutMessageUrlShortenerRuleTests
{
    private static readonly OptOutMessageUrlShortenerRule Rule = new();

    public static TheoryData<string> Valid => new()
    {
        "Bright Smile Dental: Details at https://www.brightsmiledental.com/sms. Reply STOP to cancel, HELP for help. Msg&data rates may apply.",
        "Bright Smile Dental: Details at brightsmiledental.com/sms-terms. Reply STOP to cancel.",
        "Bright Smile Dental: Details at https://bsd.dental/r/1. Reply STOP to cancel.",
    };

    public static TheoryData<string, string> Invalid => new()
    {
        { "Bright Smile Dental: Details at https://bit.ly/3xYz12. Reply STOP to cancel.", "https://bit.ly/3xYz12" },
        { "Bright Smile Dental: Details at tinyurl.com/help-desk, or reply STOP to cancel.", "tinyurl.com/help-desk" },
        { "Bright Smile Dental: Details at http://www.rb.gy/abc12 today. Reply STOP to cancel.", "http://www.rb.gy/abc12" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_with_full_or_branded_links(string message) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { OptoutMessage = message }));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_on_a_public_shortener(string message, string url)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptoutMessage = message }), Fields.OptoutMessage);
        Assert.Equal(url, r.Findings[0].Evidence.Excerpt);
        Assert.Equal(message.IndexOf(url, StringComparison.Ordinal), r.Findings[0].Evidence.Start);
    }

    [Fact]
    public void Reports_each_shortened_link()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptoutMessage = "Bright Smile Dental: see bit.ly/a1b2 and cutt.ly/xyz. Reply STOP to cancel." }));
        Assert.Equal(["bit.ly/a1b2", "cutt.ly/xyz"], r.Findings.Select(f => f.Evidence.Excerpt));
    }

    [Fact]
    public void Passes_with_a_note_when_the_reply_is_missing() =>
        Assert.NotNull(RuleTester.Passes(Rule, Golden.With(c => c with { OptoutMessage = null })).Note);
}

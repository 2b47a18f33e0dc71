using Preflight.Core.Model;
using Preflight.Core.Rules.SampleMessages;

namespace Preflight.Core.Tests.Rules.SampleMessages;

public sealed class CampaignFieldContainsEmojiRuleTests
{
    private static readonly CampaignFieldContainsEmojiRule Rule = new();

    public static TheoryData<string> Valid => new()
    {
        "Bright Smile Dental: See you Tue at 10:30 AM :) Reply STOP to opt out.",
        "Bright Smile Dental: Visit #2 of 3 is confirmed -> Tue 10:30 AM. Reply STOP to opt out.",
        "Bright Smile Dental: Café hours & parking © 2026; 50% off parking™. Reply STOP to opt out.",
        "Bright Smile Dental: Your visit is Tue 3/12 at 10:30 AM — see you! Reply STOP to opt out.",
    };

    public static TheoryData<string, string> Invalid => new()
    {
        { "Bright Smile Dental: See you Tuesday! 😀 Reply STOP to opt out.", "😀" },
        { "Bright Smile Dental: Your visit is confirmed ✅ Reply STOP to opt out.", "✅" },
        { "Bright Smile Dental: We ❤️ our patients. Reply STOP to opt out.", "❤️" },
        { "Bright Smile Dental: Great job! 👍🏽 Reply STOP to opt out.", "👍🏽" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_text_symbols_and_emoticons(string sample) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Sample2 = sample }));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_and_quotes_the_emoji(string sample, string emoji)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Sample2 = sample }), Fields.Sample2);
        Assert.Equal(emoji, r.Findings[0].Evidence.Excerpt);
        Assert.Contains(emoji, r.Findings[0].Message);
    }

    [Fact]
    public void Gives_one_finding_per_field()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with
        {
            Description = c.Description + " 🦷🦷",
            HelpMessage = "Bright Smile Dental 😊: call (303) 555-0142. Reply STOP to opt out.",
        }));
        Assert.Equal([Fields.Description, Fields.HelpMessage], r.Findings.Select(f => f.Evidence.Path));
    }
}

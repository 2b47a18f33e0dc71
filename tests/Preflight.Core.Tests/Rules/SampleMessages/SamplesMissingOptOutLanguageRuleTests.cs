using Preflight.Core.Model;
using Preflight.Core.Rules.SampleMessages;

namespace Preflight.Core.Tests.Rules.SampleMessages;

public sealed class SamplesMissingOptOutLanguageRuleTests
{
    private static readonly SamplesMissingOptOutLanguageRule Rule = new();

    private const string NoOptOut = "Bright Smile Dental: Your appointment on 3/12 at 10:30 AM is confirmed. See you soon!";

    public static TheoryData<string> Valid => new()
    {
        "Bright Smile Dental: Reminder, cleaning Tue 3/12 10:30 AM. Reply STOP to opt out.",
        "Bright Smile Dental: Reminder, cleaning Tue 3/12 10:30 AM. Txt STOP to quit",
        "Bright Smile Dental: Reminder, cleaning Tue 3/12 10:30 AM. STOP to end",
        "Bright Smile Dental: Reminder, cleaning Tue 3/12 10:30 AM. Unsubscribe at any time by replying STOP.",
        "Bright Smile Dental: Reminder, cleaning Tue 3/12 10:30 AM. To unsubscribe, reply with the word stop.",
        "Bright Smile Dental: Reminder, cleaning Tue 3/12 10:30 AM. Opt out: STOP",
        "Bright Smile Dental: Reminder, cleaning Tue 3/12 10:30 AM. Reply HELP for help, STOP to cancel.",
    };

    public static TheoryData<string> Invalid => new()
    {
        "Bright Smile Dental: Reminder, cleaning Tue 3/12 10:30 AM. Reply C to confirm.",
        "Bright Smile Dental: Reminder, don't stop brushing! Cleaning Tue 3/12 10:30 AM.",
        "Bright Smile Dental: Reminder, cleaning Tue 3/12 10:30 AM. Reply HELP for help.",
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_when_one_sample_has_opt_out_language(string sample) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Sample1 = sample, Sample2 = NoOptOut }));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_when_no_sample_says_how_to_opt_out(string sample)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Sample1 = sample, Sample2 = NoOptOut }), Fields.Sample1);
        Assert.Single(r.Findings);
        Assert.Equal(sample, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Passes_with_nothing_to_check_when_there_are_no_samples() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Sample1 = null, Sample2 = null }));
}

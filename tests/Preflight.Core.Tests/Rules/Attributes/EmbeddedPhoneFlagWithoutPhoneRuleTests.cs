using Preflight.Core.Model;
using Preflight.Core.Rules.Attributes;

namespace Preflight.Core.Tests.Rules.Attributes;

public sealed class EmbeddedPhoneFlagWithoutPhoneRuleTests
{
    private static readonly EmbeddedPhoneFlagWithoutPhoneRule Rule = new();

    [Fact]
    public void Passes_when_a_sample_has_the_phone() => RuleTester.Passes(Rule, Golden.Submission);

    [Fact]
    public void Passes_when_the_flag_is_false() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { EmbeddedPhone = false, Sample1 = c.Sample2 }));

    [Theory]
    [InlineData("Bright Smile Dental: Call 1-800-555-0199 with questions. Reply STOP to opt out.")]
    [InlineData("Bright Smile Dental: Questions? Call us at 303.555.0142. Reply STOP to opt out.")]
    [InlineData("Bright Smile Dental: Call +13035550142. Reply STOP to opt out.")]
    public void Passes_other_ways_of_writing_the_number(string sample) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Sample1 = sample }));

    [Fact]
    public void Fails_when_the_flag_is_true_and_no_sample_has_a_phone()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with
        {
            Sample1 = "Bright Smile Dental: Reminder of your cleaning Tue at 10:30 AM. Reply C to confirm. Reply STOP to opt out.",
        }), Fields.EmbeddedPhone);
        Assert.Single(r.Findings);
    }
}

using Preflight.Core.Model;
using Preflight.Core.Rules.SampleMessages;

namespace Preflight.Core.Tests.Rules.SampleMessages;

public sealed class SampleLengthRuleTests
{
    private static readonly SampleLengthRule Rule = new();

    public static TheoryData<string> Valid => new()
    {
        "Acme: code 482913 STOP",
        "Bright Smile Dental: Your visit is confirmed. Reply STOP to opt out.",
        "Bright Smile Dental: " + new string('x', 1024 - 21),
    };

    public static TheoryData<string> Invalid => new()
    {
        "Reminder: Tue 10 AM",
        "test",
        "Bright Smile Dental: " + new string('x', 1024 - 20),
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_samples_between_20_and_1024_characters(string sample) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Sample2 = sample }));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_samples_too_short_or_too_long(string sample)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Sample2 = sample }), Fields.Sample2);
        Assert.Contains(sample.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Findings[0].Message);
    }
}

using Preflight.Core.Model;
using Preflight.Core.Rules.Content;

namespace Preflight.Core.Tests.Rules.Content;

public sealed class ShaftSampleContentRuleTests
{
    private static readonly ShaftSampleContentRule Rule = new();

    public static TheoryData<string, string> Failing => new()
    {
        { "Bright Smile Dental: 20% off CBD gummies this week! Reply STOP to opt out.", "CBD" },
        { "Bright Smile Dental: new explicit videos for VIP members. Reply STOP to opt out.", "explicit videos" },
        { "Bright Smile Dental: join the white power rally Saturday. Reply STOP to opt out.", "white power" },
        { "Bright Smile Dental: fresh weed and edibles delivered today. Reply STOP to opt out.", "weed" },
        { "Bright Smile Dental: new hemp-infused massage oil at the front desk. Reply STOP to opt out.", "hemp-infused" },
        { "Bright Smile Dental: naughty gift boxes and adult toys, 25% off. Reply STOP to opt out.", "naughty" },
    };

    public static TheoryData<string> Passing => new()
    {
        "Bright Smile Dental: craft beer night for staff is Friday. Reply STOP to opt out.",
        "Bright Smile Dental: try our new nude-tone whitening trays. Reply STOP to opt out.",
        "Bright Smile Dental: our spring weed control service is Tuesday. Reply STOP to opt out.",
        "Bright Smile Dental: join our quit smoking program for healthier gums. Reply STOP to opt out.",
        "Bright Smile Dental: your visit is confirmed. Please bring your photo ID and medical card. Reply STOP to opt out.",
        "Bright Smile Dental: your Delta 9:40 AM flight is tomorrow, so we moved your cleaning. Reply STOP to opt out.",
        "Bright Smile Dental: Scorpion season is here. We kill all the scorpions in your walls. Reply STOP to opt out.",
        "Bright Smile Dental: Campus Safety's free escort service runs nightly 7 PM-3 AM. Reply STOP to opt out.",
        "Bright Smile Dental: parent night Thu, talking with your kids about sexting. Reply STOP to opt out.",
    };

    [Theory]
    [MemberData(nameof(Failing))]
    public void Fails_on_disallowed_sample_content(string sample, string excerpt)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Sample2 = sample }), Fields.Sample2);
        Assert.Equal(excerpt, r.Findings[0].Evidence.Excerpt);
    }

    [Theory]
    [MemberData(nameof(Passing))]
    public void Passes_samples_without_disallowed_content(string sample) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Sample2 = sample }));

    [Fact]
    public void Reads_only_the_samples() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Description = c.Description + " We also sell CBD oil." }));

    [Fact]
    public void Passes_without_samples() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Sample1 = null, Sample2 = null }));
}

using Preflight.Core.Model;
using Preflight.Core.Rules.SampleMessages;

namespace Preflight.Core.Tests.Rules.SampleMessages;

public sealed class SampleMissingBrandNameRuleTests
{
    private static readonly SampleMissingBrandNameRule Rule = new();

    public static TheoryData<string> Valid => new()
    {
        "Bright Smile Dental: Reminder of your cleaning Tue at 10:30 AM. Reply STOP to opt out.",
        "BRIGHT SMILE DENTAL - your visit is confirmed. Txt STOP to quit",
        "Hi Maria, it's Bright Smile Dental's front desk: see you Tuesday! Reply STOP to opt out.",
        "From bright-smile dental: your cleaning is tomorrow. Reply STOP to opt out.",
        "Bright Smile Dental Group, LLC: your bill is ready. Reply STOP to opt out.",
        "Bright Smile Dental: directions to our new office: brightsmiledental.com/visit Reply STOP to opt out.",
        "Your visit is confirmed - see you at Bright Smile Dental! Map: https://www.brightsmiledental.com/map Reply STOP to opt out.",
    };

    public static TheoryData<string> Invalid => new()
    {
        "Reminder of your cleaning Tue at 10:30 AM. Reply STOP to opt out.",
        "Bright Dental: your visit is confirmed. Reply STOP to opt out.",
        "Smile! Your appointment is tomorrow. Reply STOP to opt out.",
        // The brand only run together inside a web or e-mail address does not say who is texting.
        "Your appointment on 3/12 at 10:30 AM is confirmed. Directions: brightsmiledental.com/visit Reply STOP to opt out.",
        "Reminder: cleaning Tue 10:30 AM. Reschedule at https://www.brightsmiledental.com/book. Reply STOP to opt out.",
        "Your statement is ready. Questions? office@brightsmiledental.com. Reply STOP to opt out.",
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_when_every_sample_names_the_brand(string sample) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Sample2 = sample }));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_on_the_sample_without_the_brand(string sample)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Sample2 = sample }), Fields.Sample2);
        Assert.Single(r.Findings);
        Assert.Equal(sample, r.Findings[0].Evidence.Excerpt);
        Assert.Contains("sample2", r.Findings[0].Message);
    }

    [Fact]
    public void Gives_one_finding_per_sample_without_the_brand()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with
        {
            Sample1 = "Your cleaning is Tue at 10:30 AM. Reply STOP to opt out.",
            Sample3 = "Your visit is confirmed. Reply STOP to opt out.",
        }));
        Assert.Equal([Fields.Sample1, Fields.Sample3], r.Findings.Select(f => f.Evidence.Path));
    }

    [Fact]
    public void Matches_a_brand_with_accents_and_an_apostrophe()
    {
        var s = Golden.WithBrand(b => b with { DisplayName = "Café Zoë's", CompanyName = "Cafe Zoes Inc." });
        s = s with { Campaign = s.Campaign with
        {
            Sample1 = "Cafe Zoe's: your catering order is confirmed. Reply STOP to opt out.",
            Sample2 = "CAFÉ ZOË'S: happy to help with your order. Reply STOP to opt out.",
        } };
        RuleTester.Passes(Rule, s);
    }
}

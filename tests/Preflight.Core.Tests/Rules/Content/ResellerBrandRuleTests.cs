using Preflight.Core.Model;
using Preflight.Core.Rules.Content;

namespace Preflight.Core.Tests.Rules.Content;

public sealed class ResellerBrandRuleTests
{
    private static readonly ResellerBrandRule Rule = new();

    private static Submission Reseller(string display, string company, string sample1, string sample2) =>
        Golden.With(c => c with { Sample1 = sample1, Sample2 = sample2 }) with
        {
            Brand = Golden.Brand with { DisplayName = display, CompanyName = company },
        };

    public static TheoryData<string, string, string, string> Failing => new()
    {
        { "ABC Wireless Reseller", "ABC Wireless Reseller LLC", "Lakeview Family Dental: reminder of your cleaning Tue at 10 AM. Reply STOP to opt out.", "Lakeview Family Dental" },
        { "TextBlast SMS", "TextBlast SMS Inc", "Hi Maria, this is Oak Street Salon. Your color appointment is Fri at 2 PM. Reply STOP to opt out.", "Oak Street Salon" },
        { "Peak Digital Marketing Agency", "Peak Digital Marketing Agency LLC", "Thanks for choosing Sunrise Auto Repair! Your car is ready. Reply STOP to opt out.", "Sunrise Auto Repair" },
        { "CloudReach Software", "CloudReach Software Inc", "Green Valley Vet - Bella is due for her rabies vaccine. Reply STOP to opt out.", "Green Valley Vet" },
    };

    public static TheoryData<string, string, string> Passing => new()
    {
        // A platform texting for itself.
        { "TextBlast SMS", "TextBlast SMS Inc", "TextBlast SMS: your invoice for March is ready in your dashboard. Reply STOP to opt out." },
        // A real business whose name is not platform-like.
        { "Lakeview Family Dental", "Lakeview Family Dental PC", "Lakeview Family Dental: reminder of your cleaning Tue at 10 AM. Reply STOP to opt out." },
        // A platform-like name, but the sample names no other business.
        { "ABC Wireless Reseller", "ABC Wireless Reseller LLC", "Reminder: your appointment is Tue at 10 AM. Reply STOP to opt out." },
        // A software company sending its own security alerts.
        { "CloudVault", "CloudVault Software Inc.", "CloudVault: new sign-in from Chrome on Windows. Reply STOP to opt out." },
    };

    [Theory]
    [MemberData(nameof(Failing))]
    public void Warns_when_a_platform_is_registered_for_another_business(string display, string company, string sample, string other)
    {
        var r = RuleTester.Fails(Rule, Reseller(display, company, sample, sample), Fields.DisplayName);
        Assert.Contains(r.Findings, f => f.Evidence.Path == Fields.Sample1 && f.Evidence.Excerpt == other);
    }

    [Theory]
    [MemberData(nameof(Passing))]
    public void Passes_when_the_brand_is_the_sender(string display, string company, string sample) =>
        RuleTester.Passes(Rule, Reseller(display, company, sample, sample));

    [Fact]
    public void Is_a_warning() => Assert.Equal(Preflight.Core.Engine.Severity.Warning, Rule.Descriptor.Severity);
}

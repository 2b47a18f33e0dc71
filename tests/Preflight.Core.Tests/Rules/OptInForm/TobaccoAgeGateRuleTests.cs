using Preflight.Core.Model;
using Preflight.Core.Rules.OptInForm;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.OptInForm;

public sealed class TobaccoAgeGateRuleTests
{
    private static readonly TobaccoAgeGateRule Rule = new();

    [Fact]
    public void Passes_quit_smoking_programs() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Description = "Our clinic helps patients quit smoking with nicotine patches and coaching." }));

    [Fact]
    public void Passes_a_street_named_tobacco_road() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Description = "Augusta Water Works texts repair notices, such as a water main repair on Tobacco Road." }));

    [Theory]
    [InlineData("Cloud Nine Vapor is a vapor shop texting restock alerts.", "vapor shop")]
    [InlineData("New Elf Bar and Geek Bar disposables just landed.", "Elf Bar")]
    [InlineData("30ml salt nic e-juice, 2 for $30 this weekend.", "salt nic")]
    public void Fails_vape_products_without_the_attribute(string description, string excerpt)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Description = description }), Fields.Description);
        Assert.Equal(excerpt, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Fails_a_vape_shop_without_the_attribute()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Description = "Cloud Nine Vapor is a vape shop texting customers about new e-liquid flavors." }), Fields.Description);
        Assert.Equal("vape shop", r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Passes_a_gated_vape_shop_with_a_date_of_birth_entry() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Description = "Vape shop texting about new flavors.", AgeGated = true }), Pages.OptIn("optin-dob-gate.html"));
}

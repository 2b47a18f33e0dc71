using Preflight.Core.Model;
using Preflight.Core.Rules.Brand;

namespace Preflight.Core.Tests.Rules.Brand;

public sealed class UnknownVerticalRuleTests
{
    private static readonly UnknownVerticalRule Rule = new();

    public static TheoryData<string> Known => new() { "HEALTHCARE", "REAL_ESTATE", "HUMAN_RESOURCES", "NGO", "RETAIL", " TECHNOLOGY " };

    public static TheoryData<string, string> Unknown => new()
    {
        { "Healthcare", "write it as HEALTHCARE" },
        { "Real Estate", "write it as REAL_ESTATE" },
        { "human-resources", "write it as HUMAN_RESOURCES" },
        { "DENTAL", "pick one" },
        { "RESTAURANT", "pick one" },
    };

    [Theory]
    [MemberData(nameof(Known))]
    public void Passes_the_registry_verticals(string vertical) => RuleTester.Passes(Rule, Golden.WithBrand(b => b with { Vertical = vertical }));

    [Theory]
    [MemberData(nameof(Unknown))]
    public void Fails_other_spellings_and_industries(string vertical, string hint)
    {
        var r = RuleTester.Fails(Rule, Golden.WithBrand(b => b with { Vertical = vertical }), Fields.BrandVertical);
        Assert.Contains(hint, r.Findings[0].Message);
    }

    [Fact]
    public void Fails_a_company_without_a_vertical() => RuleTester.Fails(Rule, Golden.WithBrand(b => b with { Vertical = null }), Fields.BrandVertical);

    [Fact]
    public void Checks_the_campaign_vertical_too() => RuleTester.Fails(Rule, Golden.With(c => c with { Vertical = "Dentistry" }), "/campaign/vertical");

    [Theory]
    [MemberData(nameof(BrandVariants.Names), MemberType = typeof(BrandVariants))]
    public void Passes_the_brand_variants(string name) => RuleTester.Passes(Rule, BrandVariants.ByName(name));
}

using Preflight.Core.Model;
using Preflight.Core.Rules.Brand;

namespace Preflight.Core.Tests.Rules.Brand;

public sealed class EinMissingRuleTests
{
    private static readonly EinMissingRule Rule = new();

    public static TheoryData<string> Businesses => new() { EntityTypes.PrivateProfit, EntityTypes.PublicProfit, EntityTypes.NonProfit, EntityTypes.Government, "private_profit" };

    [Theory]
    [MemberData(nameof(Businesses))]
    public void Fails_a_business_without_an_ein(string entityType)
    {
        var r = RuleTester.Fails(Rule, Golden.WithBrand(b => b with { EntityType = entityType, Ein = null }), Fields.Ein);
        Assert.Contains(entityType.ToUpperInvariant(), r.Findings[0].Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("N/A")]
    public void Fails_an_ein_with_no_digits(string ein) => RuleTester.Fails(Rule, Golden.WithBrand(b => b with { Ein = ein }), Fields.Ein);

    [Theory]
    [MemberData(nameof(BrandVariants.Names), MemberType = typeof(BrandVariants))]
    public void Passes_the_brand_variants(string name) => RuleTester.Passes(Rule, BrandVariants.ByName(name));

    [Fact]
    public void Does_not_ask_a_sole_proprietor_for_an_ein() => RuleTester.Passes(Rule, BrandVariants.SoleProprietor);
}

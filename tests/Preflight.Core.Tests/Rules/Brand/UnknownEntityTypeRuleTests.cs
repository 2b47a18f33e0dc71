using Preflight.Core.Model;
using Preflight.Core.Rules.Brand;

namespace Preflight.Core.Tests.Rules.Brand;

public sealed class UnknownEntityTypeRuleTests
{
    private static readonly UnknownEntityTypeRule Rule = new();

    public static TheoryData<string> Known => new() { "PRIVATE_PROFIT", "PUBLIC_PROFIT", "NON_PROFIT", "GOVERNMENT", "SOLE_PROPRIETOR", " NON_PROFIT " };

    public static TheoryData<string?, string> Unknown => new()
    {
        { null, "no entity type" },
        { "", "no entity type" },
        { "LLC", "use one of" },
        { "Private Profit", "write it as PRIVATE_PROFIT" },
        { "non-profit", "write it as NON_PROFIT" },
        { "sole_proprietor", "write it as SOLE_PROPRIETOR" },
        { "CHARITY", "use one of" },
    };

    [Theory]
    [MemberData(nameof(Known))]
    public void Passes_the_five_entity_types(string entityType) => RuleTester.Passes(Rule, Golden.WithBrand(b => b with { EntityType = entityType }));

    [Theory]
    [MemberData(nameof(Unknown))]
    public void Fails_anything_else(string? entityType, string hint)
    {
        var r = RuleTester.Fails(Rule, Golden.WithBrand(b => b with { EntityType = entityType }), Fields.EntityType);
        Assert.Contains(hint, r.Findings[0].Message);
    }

    [Theory]
    [MemberData(nameof(BrandVariants.Names), MemberType = typeof(BrandVariants))]
    public void Passes_the_brand_variants(string name) => RuleTester.Passes(Rule, BrandVariants.ByName(name));
}

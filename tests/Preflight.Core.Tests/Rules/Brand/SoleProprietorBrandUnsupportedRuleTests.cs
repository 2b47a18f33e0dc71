using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Rules.Brand;

namespace Preflight.Core.Tests.Rules.Brand;

public sealed class SoleProprietorBrandUnsupportedRuleTests
{
    private static readonly SoleProprietorBrandUnsupportedRule Rule = new();

    [Fact]
    public void Warns_about_a_sole_proprietor_brand()
    {
        var r = RuleTester.Fails(Rule, BrandVariants.SoleProprietor, Fields.EntityType);
        Assert.Contains("Zoë's Dog Walking", r.Findings[0].Message);
    }

    [Theory]
    [InlineData("sole_proprietor")]
    [InlineData("Sole_Proprietor ")]
    public void Reads_the_entity_type_in_any_case(string entityType) =>
        RuleTester.Fails(Rule, Golden.WithBrand(b => b with { EntityType = entityType }), Fields.EntityType);

    [Theory]
    [InlineData("golden")]
    [InlineData("joes")]
    [InlineData("cafe")]
    [InlineData("public")]
    [InlineData("nonprofit")]
    public void Passes_other_entity_types(string name) => RuleTester.Passes(Rule, BrandVariants.ByName(name));

    [Fact]
    public void Is_a_warning_that_points_at_802() 
    {
        Assert.Equal(Severity.Warning, Rule.Descriptor.Severity);
        Assert.Contains("802", Rule.Descriptor.Equivalents);
    }
}

using Preflight.Core.Model;
using Preflight.Core.Rules.Brand;

namespace Preflight.Core.Tests.Rules.Brand;

public sealed class SoleProprietorDetailsMissingRuleTests
{
    private static readonly SoleProprietorDetailsMissingRule Rule = new();

    [Theory]
    [InlineData(Fields.FirstName)]
    [InlineData(Fields.LastName)]
    [InlineData(Fields.MobilePhone)]
    public void Fails_a_sole_proprietor_missing_a_detail(string pointer)
    {
        var b = BrandVariants.SoleProprietor.Brand;
        b = pointer switch
        {
            Fields.FirstName => b with { FirstName = null },
            Fields.LastName => b with { LastName = " " },
            _ => b with { MobilePhone = null },
        };
        Assert.Single(RuleTester.Fails(Rule, BrandVariants.SoleProprietor with { Brand = b }, pointer).Findings);
    }

    [Fact]
    public void Accepts_names_with_accents_and_apostrophes() =>
        RuleTester.Passes(Rule, BrandVariants.SoleProprietor with { Brand = BrandVariants.SoleProprietor.Brand with { FirstName = "Zoë", LastName = "D'Angelo-Núñez" } });

    [Theory]
    [MemberData(nameof(BrandVariants.Names), MemberType = typeof(BrandVariants))]
    public void Passes_the_brand_variants(string name) => RuleTester.Passes(Rule, BrandVariants.ByName(name));

    [Fact]
    public void Does_not_ask_companies_for_a_person() => RuleTester.Passes(Rule, Golden.WithBrand(b => b with { FirstName = null, MobilePhone = null }));
}

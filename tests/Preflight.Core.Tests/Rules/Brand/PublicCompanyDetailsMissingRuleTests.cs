using Preflight.Core.Model;
using Preflight.Core.Rules.Brand;

namespace Preflight.Core.Tests.Rules.Brand;

public sealed class PublicCompanyDetailsMissingRuleTests
{
    private static readonly PublicCompanyDetailsMissingRule Rule = new();

    public static TheoryData<string> Pointers => new() { Fields.StockSymbol, Fields.StockExchange, Fields.BusinessContactEmail };

    [Theory]
    [MemberData(nameof(Pointers))]
    public void Fails_a_public_company_missing_a_detail(string pointer)
    {
        var b = BrandVariants.PublicCompany.Brand;
        b = pointer switch
        {
            Fields.StockSymbol => b with { StockSymbol = " " },
            Fields.StockExchange => b with { StockExchange = null },
            _ => b with { BusinessContactEmail = "" },
        };
        var r = RuleTester.Fails(Rule, BrandVariants.PublicCompany with { Brand = b }, pointer);
        Assert.Single(r.Findings);
        Assert.Contains("Front Range Bank", r.Findings[0].Message);
    }

    [Fact]
    public void Lists_every_missing_detail() =>
        Assert.Equal(3, RuleTester.Fails(Rule, Golden.WithBrand(b => b with { EntityType = EntityTypes.PublicProfit })).Findings.Count);

    [Theory]
    [MemberData(nameof(BrandVariants.Names), MemberType = typeof(BrandVariants))]
    public void Passes_the_brand_variants(string name) => RuleTester.Passes(Rule, BrandVariants.ByName(name));
}

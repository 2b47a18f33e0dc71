using Preflight.Core.Model;
using Preflight.Core.Rules.Brand;

namespace Preflight.Core.Tests.Rules.Brand;

public sealed class NotSoleProprietorRuleTests
{
    private static readonly NotSoleProprietorRule Rule = new();

    public static TheoryData<string, string> CompanyNames => new()
    {
        { "Zoë's Dog Walking LLC", "LLC" },
        { "Zoe O'Neil Dog Walking, L.L.C.", "L.L.C." },
        { "Paws & Claws Inc.", "Inc." },
        { "O'Neil Pet Care Corp", "Corp" },
        { "Mile High Walkers Ltd", "Ltd" },
    };

    public static TheoryData<string> PersonalNames => new()
    {
        "Zoë's Dog Walking", "Zoe O'Neil", "Paws & Claws", "Lincoln Pet Sitting", "Corporate Headshots by Zoë", "Inca Trail Tours",
    };

    [Theory]
    [MemberData(nameof(CompanyNames))]
    public void Fails_a_sole_proprietor_named_like_a_company(string name, string form)
    {
        var s = BrandVariants.SoleProprietor with { Brand = BrandVariants.SoleProprietor.Brand with { DisplayName = name } };
        var r = RuleTester.Fails(Rule, s, Fields.DisplayName);
        Assert.Equal(form, r.Findings[0].Evidence.Excerpt);
    }

    [Theory]
    [MemberData(nameof(PersonalNames))]
    public void Passes_a_sole_proprietor_with_a_personal_or_trade_name(string name) =>
        RuleTester.Passes(Rule, BrandVariants.SoleProprietor with { Brand = BrandVariants.SoleProprietor.Brand with { DisplayName = name, CompanyName = name } });

    [Fact]
    public void Fails_a_sole_proprietor_with_an_ein() =>
        RuleTester.Fails(Rule, BrandVariants.SoleProprietor with { Brand = BrandVariants.SoleProprietor.Brand with { Ein = "84-1234567" } }, Fields.Ein);

    [Fact]
    public void Fails_a_sole_proprietor_with_a_stock_symbol() =>
        RuleTester.Fails(Rule, BrandVariants.SoleProprietor with { Brand = BrandVariants.SoleProprietor.Brand with { StockSymbol = "ZDW" } }, Fields.StockSymbol);

    [Theory]
    [MemberData(nameof(BrandVariants.Names), MemberType = typeof(BrandVariants))]
    public void Passes_the_brand_variants(string name) => RuleTester.Passes(Rule, BrandVariants.ByName(name));
}

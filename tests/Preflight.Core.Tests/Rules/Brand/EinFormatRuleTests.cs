using Preflight.Core.Model;
using Preflight.Core.Rules.Brand;

namespace Preflight.Core.Tests.Rules.Brand;

public sealed class EinFormatRuleTests
{
    private static readonly EinFormatRule Rule = new();

    public static TheoryData<string> ValidEins => new() { "84-1234567", "841234567", " 84-1234567 ", "27-1234567", "98-2345671", "01-0000001" };

    public static TheoryData<string, string> InvalidEins => new()
    {
        { "84-123456", "8 digits" },
        { "84-12345678", "10 digits" },
        { "123-45-6789", "Social Security number" },
        { "84 1234567", "XX-XXXXXXX" },
        { "841-234567", "XX-XXXXXXX" },
        { "00-0000000", "placeholder" },
        { "12-3456789", "placeholder" },
        { "07-1234567", "prefix" },
        { "89-1234567", "prefix" },
        { "EIN 84-1234567", "XX-XXXXXXX" },
    };

    [Theory]
    [MemberData(nameof(ValidEins))]
    public void Passes_nine_digit_eins(string ein) => RuleTester.Passes(Rule, Golden.WithBrand(b => b with { Ein = ein }));

    [Theory]
    [MemberData(nameof(InvalidEins))]
    public void Fails_malformed_eins(string ein, string why)
    {
        var r = RuleTester.Fails(Rule, Golden.WithBrand(b => b with { Ein = ein }), Fields.Ein);
        Assert.Contains(why, r.Findings[0].Message);
        Assert.Equal(ein, r.Findings[0].Evidence.Excerpt);
    }

    [Theory]
    [InlineData("CA", "123456789RC0001")]
    [InlineData("GB", "GB123456789")]
    public void Leaves_foreign_tax_numbers_alone(string country, string ein) =>
        RuleTester.Passes(Rule, Golden.WithBrand(b => b with { EinIssuingCountry = country, Ein = ein }));

    [Theory]
    [MemberData(nameof(BrandVariants.Names), MemberType = typeof(BrandVariants))]
    public void Passes_the_brand_variants(string name) => RuleTester.Passes(Rule, BrandVariants.ByName(name));
}

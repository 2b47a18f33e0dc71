using Preflight.Core.Model;
using Preflight.Core.Rules.Brand;

namespace Preflight.Core.Tests.Rules.Brand;

public sealed class WebsiteMissingRuleTests
{
    private static readonly WebsiteMissingRule Rule = new();

    public static TheoryData<string> Presences => new()
    {
        "https://www.brightsmiledental.com", "brightsmiledental.com", "https://www.facebook.com/brightsmiledental",
        "https://www.google.com/maps/place/Bright+Smile+Dental", "https://www.yelp.com/biz/joes-pizza-grill-denver",
    };

    [Theory]
    [MemberData(nameof(Presences))]
    public void Passes_a_website_or_other_online_presence(string website) =>
        RuleTester.Passes(Rule, Golden.WithBrand(b => b with { Website = website }));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Fails_an_empty_website(string? website)
    {
        var r = RuleTester.Fails(Rule, Golden.WithBrand(b => b with { Website = website }), Fields.Website);
        Assert.Contains("Bright Smile Dental", r.Findings[0].Message);
    }

    [Theory]
    [MemberData(nameof(BrandVariants.Names), MemberType = typeof(BrandVariants))]
    public void Passes_the_brand_variants(string name) => RuleTester.Passes(Rule, BrandVariants.ByName(name));
}

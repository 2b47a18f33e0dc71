using Preflight.Core.Model;
using Preflight.Core.Rules.Brand;

namespace Preflight.Core.Tests.Rules.Brand;

public sealed class SoleProprietorWithEinRuleTests
{
    private static readonly SoleProprietorWithEinRule Rule = new();

    [Theory]
    [InlineData("84-1234567")]
    [InlineData("123-45-6789")]
    [InlineData("pending")]
    public void Fails_a_sole_proprietor_with_anything_in_the_ein_field(string ein)
    {
        var r = RuleTester.Fails(Rule, BrandVariants.SoleProprietor with { Brand = BrandVariants.SoleProprietor.Brand with { Ein = ein } }, Fields.Ein);
        Assert.Equal(ein, r.Findings[0].Evidence.Excerpt);
        Assert.Contains("Zoë's Dog Walking", r.Findings[0].Message);
    }

    [Theory]
    [MemberData(nameof(BrandVariants.Names), MemberType = typeof(BrandVariants))]
    public void Passes_the_brand_variants(string name) => RuleTester.Passes(Rule, BrandVariants.ByName(name));

    [Fact]
    public void Points_at_twilio_30903() => Assert.Contains("30903", Rule.Descriptor.Equivalents);
}

using Preflight.Core.Model;
using Preflight.Core.Rules.Brand;

namespace Preflight.Core.Tests.Rules.Brand;

public sealed class SoleProprietorUseCaseMismatchRuleTests
{
    private static readonly SoleProprietorUseCaseMismatchRule Rule = new();

    public static TheoryData<string> StandardUseCases => new() { UseCases.AccountNotification, UseCases.Marketing, UseCases.Mixed, UseCases.LowVolume, UseCases.CustomerCare };

    [Theory]
    [MemberData(nameof(StandardUseCases))]
    public void Fails_a_sole_proprietor_with_a_standard_use_case(string usecase)
    {
        var r = RuleTester.Fails(Rule, BrandVariants.SoleProprietor with { Campaign = BrandVariants.SoleProprietor.Campaign with { Usecase = usecase } }, Fields.Usecase);
        Assert.Contains(usecase, r.Findings[0].Message);
    }

    [Theory]
    [InlineData("SOLE_PROPRIETOR")]
    [InlineData("sole_proprietor")]
    [InlineData("POLITICAL")]
    public void Passes_a_sole_proprietor_with_its_own_or_the_political_use_case(string usecase) =>
        RuleTester.Passes(Rule, BrandVariants.SoleProprietor with { Campaign = BrandVariants.SoleProprietor.Campaign with { Usecase = usecase } });

    [Theory]
    [InlineData("golden")]
    [InlineData("public")]
    [InlineData("nonprofit")]
    public void Fails_a_company_with_the_sole_proprietor_use_case(string name)
    {
        var s = BrandVariants.ByName(name);
        RuleTester.Fails(Rule, s with { Campaign = s.Campaign with { Usecase = UseCases.SoleProprietor } }, Fields.Usecase);
    }

    [Theory]
    [MemberData(nameof(BrandVariants.Names), MemberType = typeof(BrandVariants))]
    public void Passes_the_brand_variants(string name) => RuleTester.Passes(Rule, BrandVariants.ByName(name));
}

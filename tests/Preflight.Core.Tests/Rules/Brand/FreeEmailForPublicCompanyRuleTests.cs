using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Rules.Brand;

namespace Preflight.Core.Tests.Rules.Brand;

public sealed class FreeEmailForPublicCompanyRuleTests
{
    private static readonly FreeEmailForPublicCompanyRule Rule = new();

    public static TheoryData<string> FreeAddresses => new() { "jsmith@gmail.com", "FrontRangeBank@Yahoo.com", "frb.compliance@outlook.com ", "ir@icloud.com" };

    public static TheoryData<string> OwnDomains => new() { "compliance@frontrangebank.com", "jsmith@mail.frontrangebank.com", "ir@frbk-investors.com" };

    [Theory]
    [MemberData(nameof(FreeAddresses))]
    public void Fails_a_public_company_with_a_free_mailbox(string email)
    {
        var s = BrandVariants.PublicCompany with { Brand = BrandVariants.PublicCompany.Brand with { Email = email } };
        var r = RuleTester.Fails(Rule, s, Fields.Email);
        Assert.Equal(email.Trim()[(email.IndexOf('@') + 1)..], r.Findings[0].Evidence.Excerpt!.Trim());
        Assert.Contains("@frontrangebank.com", r.Findings[0].Message);
    }

    [Theory]
    [MemberData(nameof(OwnDomains))]
    public void Passes_a_public_company_with_its_own_domain(string email) =>
        RuleTester.Passes(Rule, BrandVariants.PublicCompany with { Brand = BrandVariants.PublicCompany.Brand with { Email = email } });

    [Fact]
    public void Fails_a_free_business_contact_email() =>
        RuleTester.Fails(Rule, BrandVariants.PublicCompany with { Brand = BrandVariants.PublicCompany.Brand with { BusinessContactEmail = "frbank.it@gmail.com" } }, Fields.BusinessContactEmail);

    [Fact]
    public void Treats_a_private_company_with_a_stock_symbol_as_listed() =>
        RuleTester.Fails(Rule, Golden.WithBrand(b => b with { StockSymbol = "BSDG", Email = "brightsmile@gmail.com" }), Fields.Email);

    [Theory]
    [InlineData("golden")]
    [InlineData("sole")]
    [InlineData("joes")]
    public void Leaves_other_brands_to_PF412(string name)
    {
        var s = BrandVariants.ByName(name);
        RuleTester.Passes(Rule, s with { Brand = s.Brand with { Email = "owner@gmail.com" } });
    }

    [Fact]
    public void Is_a_rejection() => Assert.Equal(Severity.Rejection, Rule.Descriptor.Severity);
}

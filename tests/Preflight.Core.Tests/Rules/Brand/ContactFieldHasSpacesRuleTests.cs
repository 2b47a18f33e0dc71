using Preflight.Core.Model;
using Preflight.Core.Rules.Brand;

namespace Preflight.Core.Tests.Rules.Brand;

public sealed class ContactFieldHasSpacesRuleTests
{
    private static readonly ContactFieldHasSpacesRule Rule = new();

    public static TheoryData<string> CompactPhones => new() { "+13035550142", "3035550142", "303-555-0142", "(303)555-0142" };

    public static TheoryData<string, string> SpacedPhones => new()
    {
        { "+1 303 555 0142", "3 spaces inside" },
        { "(303) 555-0142", "a space inside" },
        { " +13035550142", "a leading space" },
        { "+13035550142 ", "a trailing space" },
        { "+1\u00A0303\u00A05550142", "2 spaces inside" },
    };

    public static TheoryData<string> SpacedEmails => new() { "office@brightsmiledental.com ", " office@brightsmiledental.com", "office @brightsmiledental.com" };

    [Theory]
    [MemberData(nameof(CompactPhones))]
    public void Passes_phone_numbers_without_spaces(string phone) =>
        RuleTester.Passes(Rule, Golden.WithBrand(b => b with { Phone = phone, MobilePhone = phone }));

    [Theory]
    [MemberData(nameof(BrandVariants.Names), MemberType = typeof(BrandVariants))]
    public void Passes_the_brand_variants(string name) => RuleTester.Passes(Rule, BrandVariants.ByName(name));

    [Theory]
    [MemberData(nameof(SpacedPhones))]
    public void Fails_phone_numbers_with_spaces(string phone, string where)
    {
        var r = RuleTester.Fails(Rule, Golden.WithBrand(b => b with { Phone = phone }), Fields.Phone);
        Assert.Equal(phone, r.Findings[0].Evidence.Excerpt);
        Assert.Contains(where, r.Findings[0].Message);
    }

    [Theory]
    [MemberData(nameof(SpacedEmails))]
    public void Fails_email_addresses_with_spaces(string email)
    {
        var r = RuleTester.Fails(Rule, Golden.WithBrand(b => b with { Email = email }), Fields.Email);
        Assert.Contains("\"office@brightsmiledental.com\"", r.Findings[0].Message);
    }

    [Fact]
    public void Checks_the_mobile_phone_and_business_contact_email_too()
    {
        var r = RuleTester.Fails(Rule, BrandVariants.PublicCompany with
        {
            Brand = BrandVariants.PublicCompany.Brand with { MobilePhone = "720 555 0123", BusinessContactEmail = "it-admin@frontrangebank.com " },
        });
        Assert.Equal(new[] { Fields.BusinessContactEmail, Fields.MobilePhone }, r.Findings.Select(f => f.Evidence.Path).ToArray());
    }
}

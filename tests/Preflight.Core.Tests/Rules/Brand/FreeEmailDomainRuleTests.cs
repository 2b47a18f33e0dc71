using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Rules.Brand;

namespace Preflight.Core.Tests.Rules.Brand;

public sealed class FreeEmailDomainRuleTests
{
    private static readonly FreeEmailDomainRule Rule = new();

    public static TheoryData<string, string> Businesses => new()
    {
        { "golden", "brightsmiledental@gmail.com" },
        { "joes", "joespizzagrill@yahoo.com" },
        { "cafe", "cafe.zoe@hotmail.com" },
        { "nonprofit", "denverfoodrescue@aol.com" },
        // Internet providers' subscriber mailboxes, including regional domains under a listed one.
        { "golden", "brightsmile@denver.rr.com" },
        { "golden", "brightsmiledental@centurylink.net" },
        { "golden", "frontdesk@comcast.net" },
        { "joes", "joespizza@sbcglobal.net" },
        { "cafe", "cafezoe@cfl.rr.com" },
        { "nonprofit", "foodrescue@q.com" },
        { "golden", "office@BELLSOUTH.NET" },
    };

    public static TheoryData<string> OwnDomains => new()
    {
        "office@brightsmiledental.com",
        "office@warr.com",
        "billing@mail.brightsmiledental.com",
        "office@rr-dental.com",
        "frontdesk@comcastdental.net",
    };

    [Theory]
    [MemberData(nameof(OwnDomains))]
    public void Passes_a_business_domain_that_only_resembles_a_provider(string email) =>
        RuleTester.Passes(Rule, Golden.WithBrand(b => b with { Email = email }));

    [Theory]
    [MemberData(nameof(Businesses))]
    public void Warns_when_a_business_uses_a_free_mailbox(string name, string email)
    {
        var s = BrandVariants.ByName(name);
        var r = RuleTester.Fails(Rule, s with { Brand = s.Brand with { Email = email } }, Fields.Email);
        Assert.Contains(email, r.Findings[0].Message);
    }

    [Theory]
    [MemberData(nameof(BrandVariants.Names), MemberType = typeof(BrandVariants))]
    public void Passes_the_brand_variants(string name) => RuleTester.Passes(Rule, BrandVariants.ByName(name));

    [Fact]
    public void Exempts_sole_proprietors() => RuleTester.Passes(Rule, BrandVariants.SoleProprietor);

    [Fact]
    public void Leaves_public_companies_to_713() =>
        RuleTester.Passes(Rule, BrandVariants.PublicCompany with { Brand = BrandVariants.PublicCompany.Brand with { Email = "frb@gmail.com" } });

    [Fact]
    public void Is_a_warning_with_713_as_its_equivalent()
    {
        Assert.Equal(Severity.Warning, Rule.Descriptor.Severity);
        Assert.Contains("713", Rule.Descriptor.Equivalents);
    }
}

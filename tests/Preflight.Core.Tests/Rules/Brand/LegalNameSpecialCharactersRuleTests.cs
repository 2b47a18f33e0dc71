using Preflight.Core.Model;
using Preflight.Core.Rules.Brand;

namespace Preflight.Core.Tests.Rules.Brand;

public sealed class LegalNameSpecialCharactersRuleTests
{
    private static readonly LegalNameSpecialCharactersRule Rule = new();

    public static TheoryData<string> CleanNames => new()
    {
        "Bright Smile Dental Group LLC", "Joes Pizza & Grill LLC", "Café Zoë Inc", "Smith-Jones Plumbing LLC",
        "A & B Auto Body Inc", "7-Eleven Inc", "JOES PIZZA & GRILL LLC", " Bright Smile Dental Group LLC ",
    };

    public static TheoryData<string, string, string> DirtyNames => new()
    {
        { "Joe's Pizza & Grill LLC", "'", "apostrophe" },
        { "Joe’s Pizza & Grill LLC", "’", "typographic apostrophe" },
        { "Bright Smile Dental Group, LLC", ",", "comma" },
        { "Bright Smile Dental Group L.L.C.", ".", "period (.) (3 times)" },
        { "Yahoo! Inc", "!", "exclamation mark" },
        { "Acme Widgets (USA) Inc", "(", "parenthesis" },
        { "AT&T/Mobility LLC", "/", "slash" },
        { "Brightsmile® Dental LLC", "®", "registered sign" },
        { "Smith–Jones Plumbing LLC", "–", "not a plain hyphen" },
    };

    [Theory]
    [MemberData(nameof(CleanNames))]
    public void Passes_letters_digits_hyphens_and_ampersands(string name) =>
        RuleTester.Passes(Rule, Golden.WithBrand(b => b with { CompanyName = name }));

    [Theory]
    [MemberData(nameof(DirtyNames))]
    public void Warns_about_other_characters_and_quotes_them(string name, string excerpt, string described)
    {
        var r = RuleTester.Fails(Rule, Golden.WithBrand(b => b with { CompanyName = name }), Fields.CompanyName);
        Assert.Equal(excerpt, r.Findings[0].Evidence.Excerpt);
        Assert.Equal(name.IndexOf(excerpt, StringComparison.Ordinal), r.Findings[0].Evidence.Start);
        Assert.Contains(described, r.Findings[0].Message);
    }

    [Fact]
    public void Reports_each_kind_of_character_once()
    {
        var r = RuleTester.Fails(Rule, Golden.WithBrand(b => b with { CompanyName = "Joe's Pizza & Grill, L.L.C." }));
        Assert.Equal(new[] { "'", ",", "." }, r.Findings.Select(f => f.Evidence.Excerpt).ToArray());
    }

    [Theory]
    [MemberData(nameof(BrandVariants.Names), MemberType = typeof(BrandVariants))]
    public void Passes_the_brand_variants(string name) => RuleTester.Passes(Rule, BrandVariants.ByName(name));
}

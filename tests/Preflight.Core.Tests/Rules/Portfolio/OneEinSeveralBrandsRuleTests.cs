using Preflight.Core.Model;
using Preflight.Core.Rules.Portfolio;

namespace Preflight.Core.Tests.Rules.Portfolio;

public sealed class OneEinSeveralBrandsRuleTests
{
    private static readonly OneEinSeveralBrandsRule Rule = new();

    private static Submission Brand(string legal, string ein, string source) =>
        Golden.WithBrand(b => b with { CompanyName = legal, DisplayName = legal, Ein = ein }).Named(source);

    /// <summary>Spellings of one legal entity: the same brand, not a shared EIN.</summary>
    public static TheoryData<string> SameEntity => new()
    {
        "Bright Smile Dental Group, L.L.C.", "BRIGHT SMILE DENTAL GROUP LLC", "The Bright Smile Dental Group", "bright smile dental group llc",
    };

    public static TheoryData<string> OtherEntities => new()
    {
        "Joe's Pizza & Grill LLC", "Café Zoë Inc", "Bright Smile Orthodontics LLC", "Front Range Dental Supply Inc",
    };

    [Theory]
    [MemberData(nameof(OtherEntities))]
    public void Fails_when_another_legal_name_uses_the_same_ein(string other)
    {
        var subject = Golden.Submission.Named("a.json");
        var r = RuleTester.Fails(Rule, subject, Fields.Ein, portfolio: PortfolioOf.View(subject, Brand(other, "841234567", "b.json")));
        Assert.Equal("84-1234567", r.Findings[0].Evidence.Excerpt);
        Assert.Equal("portfolio", r.Findings[0].Evidence.Source);
        Assert.Contains(other, r.Findings[0].Message);
    }

    [Theory]
    [MemberData(nameof(SameEntity))]
    public void Passes_spellings_of_the_same_legal_name(string spelling)
    {
        var subject = Golden.Submission.Named("a.json");
        RuleTester.Passes(Rule, subject, portfolio: PortfolioOf.View(subject, Brand(spelling, "84-1234567", "b.json")));
    }

    [Fact]
    public void Passes_different_eins()
    {
        var subject = Golden.Submission.Named("a.json");
        RuleTester.Passes(Rule, subject, portfolio: PortfolioOf.View(subject, Brand("Joes Pizza & Grill LLC", "84-7654321", "b.json")));
    }

    [Fact]
    public void Counts_brands_not_campaigns()
    {
        var subject = Golden.Submission.Named("a.json");
        var view = PortfolioOf.View(subject,
            Brand("Joes Pizza & Grill LLC", "84-1234567", "b.json"), Brand("Joes Pizza & Grill LLC", "84-1234567", "c.json"),
            Brand("Cafe Zoe Inc", "84-1234567", "d.json"));
        var r = RuleTester.Fails(Rule, subject, portfolio: view);
        Assert.Contains("2 other brands", r.Findings[0].Message);
    }

    [Fact]
    public void Is_not_evaluated_without_a_portfolio() => RuleTester.NotEvaluated(Rule, Golden.Submission);
}

using Preflight.Core.Model;
using Preflight.Core.Rules.Portfolio;

namespace Preflight.Core.Tests.Rules.Portfolio;

public sealed class SoleProprietorSecondCampaignRuleTests
{
    private static readonly SoleProprietorSecondCampaignRule Rule = new();

    private static Submission Sole(string source, string campaignId, string mobile = "+17205550123") => Golden.WithBrand(b => b with
    {
        EntityType = EntityTypes.SoleProprietor, DisplayName = "Zoë's Dog Walking", CompanyName = null, Ein = null,
        FirstName = "Zoë", LastName = "O'Neil", MobilePhone = mobile, Email = "zoe.oneil@gmail.com",
    }).Named(source, campaignId) with { Campaign = Golden.Campaign with { CampaignId = campaignId, Usecase = UseCases.SoleProprietor } };

    [Fact]
    public void Fails_a_second_campaign_of_one_sole_proprietor()
    {
        var subject = Sole("walks.json", "SP1");
        var r = RuleTester.Fails(Rule, subject, Fields.EntityType, portfolio: PortfolioOf.View(subject, Sole("sitting.json", "SP2")));
        Assert.Contains("2 campaigns", r.Findings[0].Message);
        Assert.Contains("\"sitting.json\"", r.Findings[0].Message);
    }

    [Fact]
    public void Passes_one_campaign_submitted_twice()
    {
        var subject = Sole("walks.json", "SP1");
        RuleTester.Passes(Rule, subject, portfolio: PortfolioOf.View(subject, Sole("walks-again.json", "SP1")));
    }

    [Fact]
    public void Passes_two_different_sole_proprietors()
    {
        var subject = Sole("walks.json", "SP1");
        var other = Sole("other.json", "SP9", mobile: "+17205550999") with { Brand = Sole("x", "y").Brand with { FirstName = "Ana", LastName = "Núñez", MobilePhone = "+17205550999" } };
        RuleTester.Passes(Rule, subject, portfolio: PortfolioOf.View(subject, other));
    }

    [Fact]
    public void Leaves_companies_alone()
    {
        var subject = Golden.Submission.Named("a.json", "C1");
        RuleTester.Passes(Rule, subject, portfolio: PortfolioOf.View(subject, Golden.With(c => c with { Description = "Another purpose entirely." }).Named("b.json", "C2")));
    }

    [Fact]
    public void Is_not_evaluated_without_a_portfolio() => RuleTester.NotEvaluated(Rule, Sole("walks.json", "SP1"));
}

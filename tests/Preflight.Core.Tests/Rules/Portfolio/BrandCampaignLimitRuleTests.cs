using Preflight.Core.Model;
using Preflight.Core.Rules.Portfolio;

namespace Preflight.Core.Tests.Rules.Portfolio;

public sealed class BrandCampaignLimitRuleTests
{
    private static readonly BrandCampaignLimitRule Rule = new();

    private static Submission[] Campaigns(int count) =>
        Enumerable.Range(1, count).Select(i => Golden.With(c => c with { CampaignId = $"C{i}" }).Named($"c{i}.json")).ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public void Passes_up_to_a_hundred_campaigns(int count)
    {
        var all = Campaigns(count);
        RuleTester.Passes(Rule, all[0], portfolio: PortfolioOf.View(all[0], all[1..]));
    }

    [Fact]
    public void Fails_the_hundred_and_first()
    {
        var all = Campaigns(101);
        var r = RuleTester.Fails(Rule, all[0], Fields.Brand, portfolio: PortfolioOf.View(all[0], all[1..]));
        Assert.Contains("101 campaigns", r.Findings[0].Message);
    }

    [Fact]
    public void Counts_resubmissions_of_one_campaign_once()
    {
        var all = Enumerable.Range(0, 150).Select(i => Golden.With(c => c with { CampaignId = $"C{i % 50}" }).Named($"c{i}.json")).ToArray();
        RuleTester.Passes(Rule, all[0], portfolio: PortfolioOf.View(all[0], all[1..]));
    }

    [Fact]
    public void Points_at_twilio_30930() => Assert.Contains("30930", Rule.Descriptor.Equivalents);

    [Fact]
    public void Is_not_evaluated_without_a_portfolio() => RuleTester.NotEvaluated(Rule, Golden.Submission);
}

using Preflight.Core.Model;
using Preflight.Core.Rules.Content;
using Preflight.Core.Sites;

namespace Preflight.Core.Tests.Rules.Content;

public sealed class AffiliateHighRiskLoansRuleTests
{
    private static readonly AffiliateHighRiskLoansRule Rule = new();

    [Theory]
    [InlineData("Consumers who request a quote are matched with a lender from our network of lenders.", "QuickCash: your payday loan offer is ready. Reply STOP to opt out.")]
    [InlineData("We run lead generation for short-term lenders.", "QuickCash: approved for a title loan today! Reply STOP to opt out.")]
    public void Fails_on_affiliate_marketing_with_high_risk_loans(string description, string sample)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Description = description, Sample1 = sample }), Fields.Description);
        Assert.Contains(r.Findings, f => f.Evidence.Path == Fields.Sample1);
    }

    [Fact]
    public void Fails_on_the_affiliate_attribute_with_high_risk_loans_on_the_website()
    {
        var sites = new SiteEvidenceSet
        {
            Sites =
            [
                new SiteEvidence
                {
                    Url = "https://www.brightsmiledental.com",
                    Role = SiteRoles.Website,
                    Page = new PageEvidence { FinalUrl = "https://www.brightsmiledental.com/", Status = 200, Html = "<body><p>Need cash fast? Apply for payday loans with no credit check.</p></body>" },
                },
            ],
        };
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { AffiliateMarketing = true }), Fields.AffiliateMarketing, sites: sites);
        Assert.Contains(r.Findings, f => f.Evidence.Url == "https://www.brightsmiledental.com/");
    }

    [Theory]
    [InlineData("We run lead generation for roofing contractors.", "Bright Smile Dental: reminder for Tue. Reply STOP to opt out.")]
    [InlineData("Bright Smile Dental sends reminders only.", "QuickCash: your payday loan offer is ready. Reply STOP to opt out.")]
    public void Passes_when_only_one_of_the_two_is_there(string description, string sample) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Description = description, Sample1 = sample }));
}

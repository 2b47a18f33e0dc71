using Preflight.Core.Model;
using Preflight.Core.Rules.Content;

namespace Preflight.Core.Tests.Rules.Content;

public sealed class HighRiskFinancialServicesRuleTests
{
    private static readonly HighRiskFinancialServicesRule Rule = new();

    public static TheoryData<string, string> Failing => new()
    {
        { "QuickCash: get up to $1,000 with our payday loans, no credit check! Reply STOP to opt out.", "payday loans" },
        { "ClearSlate: cut your bills in half with our debt relief program. Reply STOP to opt out.", "debt relief" },
        { "FixIt Credit: our credit repair team removes negative items fast. Reply STOP to opt out.", "credit repair" },
        // The same services without their labels.
        { "ClearSlate: we negotiate with your creditors so you pay back less than you owe. Reply STOP to opt out.", "negotiate with your creditors" },
        { "FixIt Credit: 2 collections were deleted from your Equifax report this round. Reply STOP to opt out.", "deleted from your Equifax" },
        { "QuickFunds: need cash before payday? Pay it back on your next check. Reply STOP to opt out.", "cash before payday" },
        { "Freedom Biz: parents are making $700 a week from their phone with our system. Reply STOP to opt out.", "a week from their phone" },
    };

    public static TheoryData<string> Passing => new()
    {
        "Meridian Card Services: your credit card payment of $120 posted today. Reply STOP to opt out.",
        "Northwind Credit Union: your verification code is 482913. Reply STOP to opt out.",
        "Oak Tax Advisors: your tax return is ready for review. Reply STOP to opt out.",
        // A listing sold as an investment, a county's tax program, a city's cash pilot.
        "Harbor Realty: just listed, a rented duplex near campus and a great investment opportunity at $589,000. Reply STOP to opt out.",
        "Bernalillo County: senior property tax relief applications are due March 1. Reply STOP to opt out.",
        "City of Riverton: applications for the guaranteed income pilot open Monday at City Hall. Reply STOP to opt out.",
    };

    [Theory]
    [MemberData(nameof(Failing))]
    public void Fails_on_high_risk_financial_samples(string sample, string excerpt)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Sample1 = sample }), Fields.Sample1);
        Assert.Equal(excerpt, r.Findings[0].Evidence.Excerpt);
    }

    [Theory]
    [MemberData(nameof(Passing))]
    public void Passes_ordinary_financial_messages(string sample) => RuleTester.Passes(Rule, Golden.With(c => c with { Sample1 = sample }));

    [Fact]
    public void Fails_on_the_brand_name() =>
        RuleTester.Fails(Rule, Golden.WithBrand(b => b with { DisplayName = "Fast Payday Loans Now" }), Fields.DisplayName);
}

using Preflight.Core.Model;
using Preflight.Core.Rules.Content;

namespace Preflight.Core.Tests.Rules.Content;

public sealed class HighRiskFinancialDescriptionRuleTests
{
    private static readonly HighRiskFinancialDescriptionRule Rule = new();

    public static TheoryData<string, string> Failing => new()
    {
        { "ClearSlate Solutions helps consumers with debt consolidation and sends program updates.", "debt consolidation" },
        { "We send student loan forgiveness eligibility updates to enrolled clients.", "student loan forgiveness" },
        { "Members receive crypto trading signals and guaranteed returns alerts.", "crypto trading" },
        { "ClearPath negotiates with credit card companies to lower what its clients owe.", "negotiates with credit card companies" },
        { "Elevate disputes inaccurate negative items with the credit bureaus for its clients.", "disputes inaccurate negative items" },
        { "Freedom Path teaches people how to earn extra income from their phone.", "income from their phone" },
    };

    public static TheoryData<string> Passing => new()
    {
        "Northwind Credit Union sends one-time passcodes to members who sign in to online banking.",
        "Meridian Card Services sends fraud alerts about unusual transactions on the cardholder's own card.",
        "We are not a debt relief company; this campaign sends appointment reminders only.",
        "Lakeside Realty texts new listings, including investment opportunities, to buyers who opt in on our website.",
        "Bernalillo County texts residents about property tax relief deadlines and office closures.",
    };

    [Theory]
    [MemberData(nameof(Failing))]
    public void Fails_on_high_risk_descriptions(string description, string excerpt)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Description = description }), Fields.Description);
        Assert.Equal(excerpt, r.Findings[0].Evidence.Excerpt);
    }

    [Theory]
    [MemberData(nameof(Passing))]
    public void Passes_ordinary_financial_descriptions(string description) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Description = description }));

    [Fact]
    public void Reads_only_the_description_and_flow() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Sample1 = "Bright Smile Dental: ask about payday loans. Reply STOP to opt out." }));
}

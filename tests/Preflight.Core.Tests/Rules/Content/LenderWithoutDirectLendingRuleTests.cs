using Preflight.Core.Model;
using Preflight.Core.Rules.Content;

namespace Preflight.Core.Tests.Rules.Content;

public sealed class LenderWithoutDirectLendingRuleTests
{
    private static readonly LenderWithoutDirectLendingRule Rule = new();

    public static TheoryData<string, string> Failing => new()
    {
        { "Summit Auto: to see if you qualify for a loan, reply with your name and the year, make and model of your vehicle. Reply STOP to opt out.", "qualify for a loan" },
        { "Summit Auto: good news, you're pre-approved for up to $15,000! Reply STOP to opt out.", "pre-approved" },
        { "Summit Auto: your loan application is missing a pay stub. Reply STOP to opt out.", "loan application" },
    };

    public static TheoryData<string> Passing => new()
    {
        "Riverside Library: your interlibrary loan is ready for pickup. Reply STOP to opt out.",
        "Oakridge Property Management: rent of $1,450 is due on the 1st. Reply STOP to opt out.",
        "Bright Smile Dental: ask us about the loan of a night guard while yours is repaired. Reply STOP to opt out.",
    };

    [Theory]
    [MemberData(nameof(Failing))]
    public void Fails_on_loan_samples_without_the_attribute(string sample, string excerpt)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Sample1 = sample }), Fields.Sample1);
        Assert.Equal(excerpt, r.Findings[0].Evidence.Excerpt);
    }

    [Theory]
    [MemberData(nameof(Passing))]
    public void Passes_samples_that_are_not_about_lending(string sample) => RuleTester.Passes(Rule, Golden.With(c => c with { Sample1 = sample }));

    [Fact]
    public void Two_different_weak_words_in_different_fields_are_enough() =>
        RuleTester.Fails(Rule, Golden.With(c => c with
        {
            Description = "Summit Auto texts customers about their loan.",
            Sample1 = "Summit Auto: your lender has your documents. Reply STOP to opt out.",
        }));

    [Fact]
    public void Passes_when_the_attribute_is_set() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Sample1 = "Summit Auto: your loan application is complete. Reply STOP to opt out.", DirectLending = true }));
}

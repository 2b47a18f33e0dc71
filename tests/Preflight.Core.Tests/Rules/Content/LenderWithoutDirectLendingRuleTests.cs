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
        // A lender's own reminders need the attribute too.
        { "Maple Credit Union: your auto loan payment of $312 is due 5/1. Reply STOP to opt out.", "auto loan" },
        { "Westside Motors: Bad credit? No problem! Drive home today with in-house financing. Reply STOP to opt out.", "Bad credit? No problem" },
        { "QuickFunds: Low on cash before payday? Get up to $400 tonight. Reply STOP to opt out.", "cash before payday" },
        { "Summit Auto: get pre-approved in minutes before you visit the lot. Reply STOP to opt out.", "get pre-approved" },
    };

    public static TheoryData<string> Passing => new()
    {
        "Riverside Library: your interlibrary loan is ready for pickup. Reply STOP to opt out.",
        "Oakridge Property Management: rent of $1,450 is due on the 1st. Reply STOP to opt out.",
        "Bright Smile Dental: ask us about the loan of a night guard while yours is repaired. Reply STOP to opt out.",
        // Pre-approval and prequalification outside lending, someone else's lender, a school's loan counseling.
        "Cedar Pharmacy: good news, your plan pre-approved the refill. It will be ready after 4 PM. Reply STOP to opt out.",
        "Oakwood Middle School: the pre-approved absence for Noah on 10/3 is recorded. Reply STOP to opt out.",
        "Pine Court Apartments: prequalify online in 5 minutes and tour a 2-bedroom at $1,350. Reply STOP to opt out.",
        "Harbor Realty: before we write an offer on 12 Elm St, please send your mortgage pre-approval letter. Reply STOP to opt out.",
        "Lakeshore University: complete your student loan entrance counseling so your aid can be released. Reply STOP to opt out.",
        "Reyes Insurance: your mortgage company asked for proof of coverage, so we sent it to your lender today. Reply STOP to opt out.",
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

using Preflight.Core.Model;
using Preflight.Core.Rules.Content;

namespace Preflight.Core.Tests.Rules.Content;

public sealed class DirectLendingAttributeMissingRuleTests
{
    private static readonly DirectLendingAttributeMissingRule Rule = new();

    public static TheoryData<string, string> Failing => new()
    {
        { "Summit Auto Finance sends auto loan payment reminders and application updates to borrowers.", "auto loan" },
        { "Applicants who apply for a personal loan on our website receive status updates.", "personal loan" },
        { "Homeowners can refinance with us; we text rate updates to applicants.", "refinance" },
        { "Our lenders text borrowers when funds are ready.", "lenders" },
        { "Westside Auto is a buy here pay here dealer; customers receive payment reminders.", "buy here pay here" },
        { "Customers who finance with us get in-house financing updates and payment reminders.", "in-house financing" },
    };

    public static TheoryData<string> Passing => new()
    {
        "Riverside Library texts patrons when their interlibrary loan is ready for pickup.",
        "Precision Auto Care texts customers when their loaner car is ready.",
        "Bright Smile Dental offers flexible payment plans for treatment; reminders only.",
        "We are not a lender and never offer loans; appointment reminders only.",
        "Ask about the loan closet at our community center.",
        "Pine Court Apartments texts leasing updates; renters can prequalify online before a tour.",
        "Harbor Realty texts buyers about showings and reminds them to bring a mortgage pre-approval letter.",
        "Lakeshore University texts students about registration, financial aid and student loan entrance counseling.",
    };

    [Theory]
    [MemberData(nameof(Failing))]
    public void Fails_on_lending_content_without_the_attribute(string description, string excerpt)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Description = description, DirectLending = false }), Fields.Description);
        Assert.Equal(excerpt, r.Findings[0].Evidence.Excerpt);
    }

    [Theory]
    [MemberData(nameof(Passing))]
    public void Passes_text_that_is_not_about_lending(string description) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Description = description }));

    [Fact]
    public void Passes_when_the_attribute_is_set() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Description = "Summit Auto Finance sends auto loan payment reminders.", DirectLending = true }));

    [Fact]
    public void Fails_when_the_attribute_is_absent() =>
        RuleTester.Fails(Rule, Golden.With(c => c with { Description = "Summit Auto Finance sends auto loan payment reminders.", DirectLending = null }), Fields.Description);
}

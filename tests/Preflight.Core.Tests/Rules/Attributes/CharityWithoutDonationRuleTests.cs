using Preflight.Core.Model;
using Preflight.Core.Rules.Attributes;

namespace Preflight.Core.Tests.Rules.Attributes;

public sealed class CharityWithoutDonationRuleTests
{
    private static readonly CharityWithoutDonationRule Rule = new();

    private const string Plain = "Hope Harbor is a food bank. Supporters receive volunteer news and event updates, up to 4 messages per month.";

    public static TheoryData<string> Descriptions => new()
    {
        "Hope Harbor Food Bank is a 501(c)(3) charity. Supporters receive requests to donate to our holiday meal drive, up to 4 messages per month.",
        "Hope Harbor sends fundraising appeals and thank-you notes for gifts to supporters who opted in, up to 4 msgs/mo.",
        "Supporters receive volunteer news and appeals to give to our winter coat drive, up to 4 messages per month.",
        "We text donors about tax-deductible contributions and our annual pledge drive.",
    };

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Passes_a_charity_that_asks_for_donations(string description) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Usecase = UseCases.Charity, Description = description }));

    [Fact]
    public void Passes_when_a_sample_asks_for_donations() =>
        RuleTester.Passes(Rule, Golden.With(c => c with
        {
            Usecase = UseCases.Charity,
            Description = Plain,
            Sample2 = "Hope Harbor: $25 feeds a family for a week. Donate at hopeharbor.org/give. Reply STOP to opt out.",
        }));

    [Fact]
    public void Fails_a_charity_that_only_sends_reminders()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Usecase = UseCases.Charity }), Fields.Description);
        Assert.Single(r.Findings);
    }

    [Fact]
    public void Fails_when_donations_are_ruled_out() =>
        RuleTester.Fails(Rule, Golden.With(c => c with { Usecase = UseCases.Charity, Description = Plain + " We never ask for donations." }), Fields.Description);

    [Fact]
    public void Ignores_other_use_cases() => RuleTester.Passes(Rule, Golden.Submission);
}

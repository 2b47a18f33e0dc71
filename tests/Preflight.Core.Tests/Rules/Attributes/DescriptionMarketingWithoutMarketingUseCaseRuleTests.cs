using Preflight.Core.Model;
using Preflight.Core.Rules.Attributes;

namespace Preflight.Core.Tests.Rules.Attributes;

public sealed class DescriptionMarketingWithoutMarketingUseCaseRuleTests
{
    private static readonly DescriptionMarketingWithoutMarketingUseCaseRule Rule = new();

    public static TheoryData<string> Transactional => new()
    {
        "Bright Smile Dental sends appointment reminders. We do not send marketing or promotional messages.",
        "Bright Smile Dental sends appointment reminders only. Marketing messages are not sent on this number.",
        "Bright Smile Dental sends appointment reminders. Phone numbers are never shared with third parties for marketing purposes.",
        "Bright Smile Dental sends payment receipts including sales tax details and appointment reminders.",
        "Bright Smile Dental sends appointment reminders. Mobile information will not be shared with third parties or affiliates for marketing or promotional purposes.",
        "Bright Smile Dental sends reminders. Your number and consent will never be sold, rented or shared with third parties or affiliates for promotional purposes.",
        "Maple Grove Schools texts families about early dismissal and special education meetings.",
        "Bright Smile Dental sends appointment reminders and notices of holiday special hours.",
    };

    public static TheoryData<string> Promotional => new()
    {
        "Bright Smile Dental sends appointment reminders and promotional offers on whitening.",
        "Bright Smile Dental sends reminders plus monthly coupons and discounts.",
        "Patients receive reminders and special offers such as 20% off whitening.",
        "Patients receive appointment reminders and confirmations, plus our monthly whitening special.",
        "Patients receive reminders and this month's special on night guards.",
    };

    [Theory]
    [MemberData(nameof(Transactional))]
    public void Passes_descriptions_without_promotions(string description) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Description = description }));

    [Theory]
    [MemberData(nameof(Promotional))]
    public void Fails_promotional_descriptions_without_marketing(string description)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Description = description }), Fields.Description);
        Assert.Contains(r.Findings[0].Evidence.Excerpt!, description, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Promotional))]
    public void Passes_promotional_descriptions_with_marketing(string description)
    {
        RuleTester.Passes(Rule, Golden.With(c => c with { Usecase = UseCases.Mixed, SubUsecases = [UseCases.AccountNotification, UseCases.Marketing], Description = description }));
    }
}

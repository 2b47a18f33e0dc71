using Preflight.Core.Model;
using Preflight.Core.Rules.SampleMessages;

namespace Preflight.Core.Tests.Rules.SampleMessages;

public sealed class PromotionalSampleWithoutMarketingRuleTests
{
    private static readonly PromotionalSampleWithoutMarketingRule Rule = new();

    public static TheoryData<string> Transactional => new()
    {
        "Bright Smile Dental: Your appointment on 3/12 at 10:30 AM is confirmed. Reply STOP to opt out.",
        "Bright Smile Dental: Use code 775201 to finish signing in to the patient portal. Reply STOP to opt out.",
        "Bright Smile Dental: Your receipt for $120 is ready; sales tax was $0. Reply STOP to opt out.",
        "Bright Smile Dental: Your insurance discount has not been applied yet; call us. Reply STOP to opt out.",
        // Words in a link's path are the site's naming, not an offer.
        "Bright Smile Dental: Good news, your claim was approved. Details: https://www.brightsmiledental.com/deals/4821 Reply STOP to opt out.",
        "Bright Smile Dental: Your bill is ready at https://brightsmiledental.com/sale-receipts/2291 Reply STOP to opt out.",
        // A saving already applied to the patient's own bill is part of the receipt, not an offer.
        "Bright Smile Dental: We received your $85 payment for 3/12. Your 5% prepay discount was applied. Reply STOP to opt out.",
        "Bright Smile Dental: Visit #2291 is paid in full. Your military discount was applied. Reply STOP to opt out.",
        "Bright Smile Dental: We applied your senior discount to today's invoice of $64. Reply STOP to opt out.",
        "Bright Smile Dental: Your order #5521 qualified for free shipping and leaves our office today. Reply STOP to opt out.",
        "Bright Smile Dental: Your 10% off coupon has been redeemed on invoice 4471. Reply STOP to opt out.",
    };

    public static TheoryData<string> Promotional => new()
    {
        "Bright Smile Dental: 20% off teeth whitening this month! Reply STOP to opt out.",
        "Bright Smile Dental: Flash sale on electric toothbrushes this weekend. Reply STOP to opt out.",
        "Bright Smile Dental: Use promo code SMILE10 for a free gift at your next visit. Reply STOP to opt out.",
        "Bright Smile Dental: Get 15% off whitening when you book by Friday. Txt STOP to quit",
        "Bright Smile Dental: This month only, whitening is just $199 (reg. $399). Call to book. Reply STOP to opt out.",
        "Bright Smile Dental: Refer a friend this spring and you both get a $50 credit. Reply STOP to opt out.",
        "Bright Smile Dental: Upgrade to our care plan and get your first 2 months free. Reply STOP to opt out.",
        // Applied later, at checkout, it is still an offer.
        "Bright Smile Dental: Book by Friday for 20% off whitening; the discount will be applied at checkout. Reply STOP to opt out.",
    };

    [Theory]
    [MemberData(nameof(Transactional))]
    public void Passes_transactional_samples(string sample) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Sample2 = sample }));

    [Theory]
    [MemberData(nameof(Promotional))]
    public void Fails_promotional_samples_without_marketing(string sample)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Sample2 = sample }), Fields.Sample2);
        var words = r.Findings[0].Evidence.Excerpt!;
        Assert.Contains(words, sample, StringComparison.Ordinal);
        Assert.Contains(words, r.Findings[0].Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Promotional))]
    public void Passes_promotional_samples_under_marketing(string sample)
    {
        RuleTester.Passes(Rule, Golden.With(c => c with { Usecase = UseCases.Marketing, Sample2 = sample }));
        RuleTester.Passes(Rule, Golden.With(c => c with { Usecase = UseCases.Mixed, SubUsecases = [UseCases.AccountNotification, UseCases.Marketing], Sample2 = sample }));
        RuleTester.Passes(Rule, Golden.With(c => c with { Usecase = UseCases.SoleProprietor, Sample2 = sample }));
    }

    [Fact]
    public void Fails_an_offer_tacked_onto_a_passcode() =>
        RuleTester.Fails(Rule, Golden.With(c => c with
        {
            Usecase = UseCases.TwoFactor,
            Sample1 = "Ledgerly: Your verification code is 482913. Do not share it. Reply STOP to opt out.",
            Sample2 = "Ledgerly: 730155 is your login code. Love Ledgerly? Refer a friend and you both get a month free! Reply STOP to opt out.",
        }), Fields.Sample2);

    [Fact]
    public void Fails_a_mixed_campaign_without_marketing() =>
        RuleTester.Fails(Rule, Golden.With(c => c with
        {
            Usecase = UseCases.Mixed,
            SubUsecases = [UseCases.AccountNotification, UseCases.CustomerCare],
            Sample2 = "Bright Smile Dental: Spring sale! 30% off whitening with promo code SPRING. Reply STOP to opt out.",
        }), Fields.Sample2);
}

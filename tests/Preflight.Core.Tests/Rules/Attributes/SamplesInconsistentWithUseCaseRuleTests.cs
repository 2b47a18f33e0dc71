using Preflight.Core.Model;
using Preflight.Core.Rules.Attributes;

namespace Preflight.Core.Tests.Rules.Attributes;

public sealed class SamplesInconsistentWithUseCaseRuleTests
{
    private static readonly SamplesInconsistentWithUseCaseRule Rule = new();

    public static TheoryData<string, string, string> Fitting => new()
    {
        { UseCases.TwoFactor, "Acme Bank: Your code is 482913. It expires in 10 min. Never share it.", "Acme Bank: 482913 is your Acme sign-in code. Reply STOP to opt out." },
        { UseCases.TwoFactor, "Acme Bank: Use code 775201 to finish signing in. Reply STOP to opt out.", "Acme Bank: Your one-time passcode is 1234. Reply STOP to opt out." },
        { UseCases.DeliveryNotification, "Acme: Your order has shipped! Track it at acme.com/track. Reply STOP to opt out.", "Acme: Your package is out for delivery today. Reply STOP to opt out." },
        { UseCases.AccountNotification, "Acme Bank: Your statement is ready. Reply STOP to opt out.", "Acme Bank: Your payment of $50 is due 4/1. Reply STOP to opt out." },
        { UseCases.CustomerCare, "Acme: Thanks for reaching out! A specialist will text you shortly. Reply STOP to opt out.", "Acme: Your ticket #4411 is resolved. Reply STOP to opt out." },
        { UseCases.Marketing, "Acme: 20% off everything this weekend! Reply STOP to opt out.", "Acme: New arrivals just landed. Shop now. Txt STOP to quit" },
        // Promotions without a price cut: preorders, new listings, a beer back on tap.
        { UseCases.Marketing, "Sweet Crumb Bakery: Pumpkin pie preorders are open! Reserve yours by 11/20. Reply STOP to opt out.", "Sweet Crumb Bakery: Cinnamon rolls come out of the oven at 7 AM Saturdays. Reply STOP to opt out." },
        { UseCases.Marketing, "Lakeside Realty: Just listed, a 3-bed bungalow on Oak Bend at $489,000. Reply STOP to opt out.", "Lakeside Realty: Open house this Saturday 11-2 at 4410 Oak Bend Dr. Reply STOP to opt out." },
        { UseCases.Marketing, "Hop Yard Brewing: Our hazy IPA is back on tap Friday, growler fills $12 all weekend. Reply STOP to opt out.", "Hop Yard Brewing: Trivia night is Thursday at 7 PM. Reply STOP to opt out." },
        { UseCases.Marketing, "CoverQuote: Drivers here are saving $500 a year. Compare rates in 2 minutes. Reply STOP to opt out.", "CoverQuote: Your quotes are ready. Reply STOP to opt out." },
        { UseCases.Charity, "Hope Harbor: $25 feeds a family. Donate at hopeharbor.org/give. Reply STOP to opt out.", "Hope Harbor: Thank you! Your gift provided 60 meals. Reply STOP to opt out." },
        { UseCases.FraudAlert, "Acme Card: Did you make a $742.19 purchase at ElectroMart? Reply YES or NO. Reply STOP to opt out.", "Acme Card: We blocked a suspicious charge. Reply STOP to opt out." },
        { UseCases.SecurityAlert, "CloudVault: New sign-in from Chrome on Windows. Not you? Reset your password. Reply STOP to opt out.", "CloudVault: Your password was changed. Reply STOP to opt out." },
        { UseCases.PollingVoting, "Maple HOA: Should the pool open at 8 or 9? Reply 1 or 2. Reply STOP to opt out.", "Maple HOA: Thanks for voting! Reply STOP to opt out." },
        { UseCases.PublicServiceAnnouncement, "City of Riverton: Street cleaning on Oak Ave Tue 7-11 AM. Reply STOP to opt out.", "City of Riverton: Boil-water advisory lifted. Reply STOP to opt out." },
        { UseCases.HigherEducation, "Lakeshore: Fall registration closes Friday. Reply STOP to opt out.", "Lakeshore: Your financial aid documents are due 9/15. Reply STOP to opt out." },
    };

    public static TheoryData<string, string, string> NotFitting => new()
    {
        { UseCases.Charity, "Hope Clinic: Reminder, your appointment is Tue at 10 AM. Reply STOP to opt out.", "Hope Clinic: Your appointment is confirmed. Reply STOP to opt out." },
        { UseCases.TwoFactor, "Acme Bank: Thanks for banking with us! Reply STOP to opt out.", "Acme Bank: Your statement is ready. Reply STOP to opt out." },
        { UseCases.DeliveryNotification, "Acme: 20% off everything this weekend! Reply STOP to opt out.", "Acme: Flash sale today only. Reply STOP to opt out." },
        { UseCases.PollingVoting, "Acme: Your order is confirmed. Reply STOP to opt out.", "Acme: Your payment was received. Reply STOP to opt out." },
    };

    [Theory]
    [MemberData(nameof(Fitting))]
    public void Passes_samples_typical_of_the_use_case(string useCase, string sample1, string sample2) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Usecase = useCase, Sample1 = sample1, Sample2 = sample2 }));

    [Theory]
    [MemberData(nameof(NotFitting))]
    public void Warns_when_no_sample_fits_the_use_case(string useCase, string sample1, string sample2)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Usecase = useCase, Sample1 = sample1, Sample2 = sample2 }), Fields.Sample1);
        Assert.Equal(2, r.Findings.Count);
        Assert.Contains(useCase, r.Findings[0].Message);
    }

    [Fact]
    public void Warns_about_an_offer_beside_a_fitting_sample()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with
        {
            Usecase = UseCases.TwoFactor,
            Sample1 = "Ledgerly: Your verification code is 482913. It expires in 10 minutes. Reply STOP to opt out.",
            Sample2 = "Ledgerly: Upgrade to Ledgerly Pro this month and get your first 2 months free. Reply STOP to opt out.",
        }), Fields.Sample2);
        Assert.Single(r.Findings);
        Assert.Equal("2 months free", r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Leaves_an_offer_in_a_passcode_sample_to_8200() =>
        RuleTester.Passes(Rule, Golden.With(c => c with
        {
            Usecase = UseCases.TwoFactor,
            Sample1 = "Ledgerly: Your verification code is 482913. Reply STOP to opt out.",
            Sample2 = "Ledgerly: 730155 is your login code. Refer a friend and you both get a month free! Reply STOP to opt out.",
        }));

    [Fact]
    public void Says_what_the_samples_read_like_instead()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Usecase = UseCases.Charity }));
        Assert.Contains("account notification", r.Findings[0].Message);
    }

    [Fact]
    public void Passes_use_cases_it_cannot_recognise() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Usecase = UseCases.SoleProprietor }));

    [Fact]
    public void Leaves_composite_use_cases_to_8102() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Usecase = UseCases.Mixed, SubUsecases = [UseCases.TwoFactor, UseCases.Marketing] }));
}

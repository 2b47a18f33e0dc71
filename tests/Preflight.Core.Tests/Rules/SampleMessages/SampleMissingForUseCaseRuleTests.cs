using Preflight.Core.Model;
using Preflight.Core.Rules.SampleMessages;

namespace Preflight.Core.Tests.Rules.SampleMessages;

public sealed class SampleMissingForUseCaseRuleTests
{
    private static readonly SampleMissingForUseCaseRule Rule = new();

    private const string Reminder = "Bright Smile Dental: Reminder, your cleaning is Tue 3/12 at 10:30 AM. Reply STOP to opt out.";
    private const string Offer = "Bright Smile Dental: 20% off teeth whitening this month only. Reply STOP to opt out.";
    private const string Code = "Bright Smile Dental: Your verification code is 482913. It expires in 10 min. Reply STOP to opt out.";
    private const string Care = "Bright Smile Dental: Thanks for your question! Yes, we take Delta Dental plans. Reply STOP to opt out.";
    private const string Shipped = "Bright Smile Dental: Your night guard has shipped. Track it at brightsmiledental.com/track. Reply STOP to opt out.";
    private const string Survey = "Bright Smile Dental: How was your visit? Reply 1-5. Reply STOP to opt out.";

    public static TheoryData<string[], string[]> Covered => new()
    {
        { [UseCases.AccountNotification, UseCases.Marketing], [Reminder, Offer] },
        { [UseCases.TwoFactor, UseCases.AccountNotification], [Code, Reminder] },
        { [UseCases.CustomerCare, UseCases.AccountNotification], [Care, Reminder] },
        { [UseCases.DeliveryNotification, UseCases.PollingVoting, UseCases.Marketing], [Shipped, Survey, Offer] },
        { [UseCases.Marketing, UseCases.AccountNotification], ["Bright Smile Dental: Tuesday special! Whitening for $99 with code SMILE. Reply STOP to opt out.", Reminder] },
        // An answer to a customer's question, closed with an offer of more help.
        { [UseCases.AccountNotification, UseCases.CustomerCare], [Reminder, "Bluebird Pet Supply: Hi Tom, yes, the cat tree arrives fully assembled. Anything else? Reply STOP to opt out."] },
    };

    public static TheoryData<string[], string[], string> Missing => new()
    {
        { [UseCases.AccountNotification, UseCases.Marketing], [Reminder, Reminder.Replace("Tue", "Wed", StringComparison.Ordinal)], UseCases.Marketing },
        { [UseCases.TwoFactor, UseCases.Marketing], [Offer, Offer.Replace("20%", "30%", StringComparison.Ordinal)], UseCases.TwoFactor },
        { [UseCases.DeliveryNotification, UseCases.Marketing], [Offer, Code], UseCases.DeliveryNotification },
    };

    [Theory]
    [MemberData(nameof(Covered))]
    public void Passes_when_each_sub_use_case_has_a_sample(string[] subs, string[] samples) =>
        RuleTester.Passes(Rule, Golden.With(c => With(c, UseCases.Mixed, subs, samples)));

    [Theory]
    [MemberData(nameof(Missing))]
    public void Fails_when_a_sub_use_case_has_no_sample(string[] subs, string[] samples, string missing)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => With(c, UseCases.LowVolume, subs, samples)), Fields.SubUsecases);
        Assert.Single(r.Findings);
        Assert.Contains(missing, r.Findings[0].Message);
    }

    [Fact]
    public void Fails_when_there_is_no_sample_at_all() =>
        RuleTester.Fails(Rule, Golden.With(c => c with { Sample1 = null, Sample2 = null }), Fields.Sample1);

    [Fact]
    public void Passes_a_single_use_case_campaign() => RuleTester.Passes(Rule, Golden.Submission);

    private static Campaign With(Campaign c, string useCase, string[] subs, string[] samples) => c with
    {
        Usecase = useCase,
        SubUsecases = subs,
        Sample1 = samples.ElementAtOrDefault(0),
        Sample2 = samples.ElementAtOrDefault(1),
        Sample3 = samples.ElementAtOrDefault(2),
    };
}

using Preflight.Core.Model;
using Preflight.Core.Rules.Portfolio;

namespace Preflight.Core.Tests.Rules.Portfolio;

public sealed class DuplicateCampaignRuleTests
{
    private static readonly DuplicateCampaignRule Rule = new();

    private static Submission Subject => Golden.Submission.Named("reminders.json", "CAMP001");

    /// <summary>Copies an evader would make: other dates, numbers, links, spacing, case, or the brand's other name.</summary>
    public static TheoryData<string, string> NearCopies => new()
    {
        { "sample1", "Bright Smile Dental: Hi Jamal, this is a reminder of your cleaning on Fri 5/2 at 9:00 AM. Reply C to confirm or call (720) 555-0100 to reschedule. Reply STOP to opt out." },
        { "sample2", "BRIGHT SMILE: Your appointment on 6/30 at 4 PM is confirmed. See you soon!  Reply STOP to opt out." },
        { "messageFlow", "Patients opt in on our online booking form at https://brightsmiledental.com/booking by entering their mobile number and checking an optional, unchecked box labeled: \"I agree to receive appointment reminder texts from Bright Smile Dental. Msg frequency varies, up to 4 msgs/mo. Msg & data rates may apply. Reply HELP for help, STOP to cancel. Consent is not a condition of purchase.\" The form links to our Privacy Policy https://brightsmiledental.com/privacy-policy and Terms https://brightsmiledental.com/tos." },
        { "description", "Bright Smile Dental Group is a family dental practice in Denver, CO. Patients who opt in receive appointment reminders, confirmations and rescheduling notices for their own visits, up to 4 messages per month. Messages go only to patients who gave consent on our website booking form." },
    };

    /// <summary>Other campaigns of the same brand that are genuinely different.</summary>
    public static TheoryData<string> DifferentCampaigns => new()
    {
        "Bright Smile Dental sends promotional offers on whitening, cleanings and referral rewards to patients who signed up for marketing texts at our front desk, up to 2 messages per month.",
        "Bright Smile Dental answers patient questions by text: billing, insurance coverage and post-treatment care, only in reply to messages patients send us first.",
    };

    [Theory]
    [MemberData(nameof(NearCopies))]
    public void Fails_when_another_campaign_id_carries_a_near_copy(string field, string text)
    {
        var copy = Golden.With(c => field switch
        {
            "sample1" => c with { Sample1 = text },
            "sample2" => c with { Sample2 = text },
            "messageFlow" => c with { MessageFlow = text },
            _ => c with { Description = text },
        }).Named("reminders-2.json", "CAMP002");
        var r = RuleTester.Fails(Rule, Subject, Fields.Description, portfolio: PortfolioOf.View(Subject, copy));
        Assert.Equal("portfolio", r.Findings[0].Evidence.Source);
        Assert.Contains("\"reminders-2.json\" (campaign CAMP002", r.Findings[0].Message);
    }

    [Fact]
    public void Says_identical_for_an_exact_copy_and_lists_every_other_source()
    {
        var view = PortfolioOf.View(Subject, Golden.Submission.Named("b.json", "CAMP002"), Golden.Submission.Named("c.json", "CAMP003"));
        var r = RuleTester.Fails(Rule, Subject, Fields.Description, portfolio: view);
        Assert.Contains("2 other campaigns", r.Findings[0].Message);
        Assert.Contains("\"b.json\" (campaign CAMP002, \"Bright Smile Dental\", identical)", r.Findings[0].Message);
        Assert.Contains("\"c.json\"", r.Findings[0].Message);
    }

    [Theory]
    [MemberData(nameof(DifferentCampaigns))]
    public void Passes_a_different_campaign_of_the_same_brand(string description)
    {
        var other = Golden.With(c => c with
        {
            Usecase = UseCases.Marketing,
            Description = description,
            Sample1 = "Bright Smile Dental: This month only, 20% off teeth whitening for returning patients. Book at brightsmiledental.com/book. Reply STOP to opt out.",
            Sample2 = "Bright Smile Dental: Refer a friend and you both get a free electric toothbrush at your next visit. Reply STOP to opt out.",
        }).Named("promos.json", "CAMP002");
        RuleTester.Passes(Rule, Subject, portfolio: PortfolioOf.View(Subject, other));
    }

    [Fact]
    public void Passes_the_same_campaign_id_seen_twice() =>
        RuleTester.Passes(Rule, Subject, portfolio: PortfolioOf.View(Subject, Golden.Submission.Named("again.json", "CAMP001")));

    [Theory]
    [InlineData("Joe's Pizza & Grill", "Joes Pizza & Grill LLC", "https://joespizzagrill.com")]
    [InlineData("Café Zoë", "Café Zoë Inc", "https://cafezoe.com")]
    public void Passes_the_same_template_used_by_another_company(string display, string legal, string website)
    {
        var other = Golden.Submission with
        {
            Source = "other.json",
            Brand = Golden.Brand with { DisplayName = display, CompanyName = legal, Website = website, Ein = "84-7654321" },
            Campaign = Golden.Campaign with
            {
                CampaignId = "OTHER1",
                Sample1 = Golden.Campaign.Sample1!.Replace("Bright Smile Dental", display, StringComparison.Ordinal),
                Sample2 = Golden.Campaign.Sample2!.Replace("Bright Smile Dental", display, StringComparison.Ordinal),
            },
        };
        RuleTester.Passes(Rule, Subject, portfolio: PortfolioOf.View(Subject, other));
    }

    [Fact]
    public void Is_not_evaluated_without_a_portfolio() => RuleTester.NotEvaluated(Rule, Subject);
}

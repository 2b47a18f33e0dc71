using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class OptOutConfirmationHasMarketingRuleTests
{
    private static readonly OptOutConfirmationHasMarketingRule Rule = new();

    public static TheoryData<string> Valid => new()
    {
        "Bright Smile Dental: You're opted out and won't get more texts. Reply START to rejoin.",
        "ACME: Unsubscribed. No more msgs will be sent.",
        "Bright Smile Dental: You will no longer receive promotional offers or reminders. Questions? Call (303) 555-0142.",
        "Bright Smile Dental: You won't receive marketing or any other texts from us.",
        "Bright Smile Dental: You're unsubscribed; no more texts. To change a visit, call (303) 555-0142.",
        "Bright Smile Dental: Unsubscribed. Call (303) 555-0142 to resubscribe or for help.",
    };

    public static TheoryData<string, string> Invalid => new()
    {
        { "Bright Smile Dental: You're unsubscribed. Enjoy 20% off your next visit with code SMILE!", "20% off" },
        { "Bright Smile Dental: No more texts. Use code SAVE10 on your next cleaning.", "Use code" },
        { "Bright Smile Dental: Unsubscribed. Our whitening sale ends Friday, book now and save!", "sale" },
        { "Bright Smile Dental: You're out. Shop now at our online store for $5 off.", "Shop now" },
        // A price offer and an invitation to book, with no word from the marketing list.
        { "Bright Smile Dental: You're unsubscribed and will get no further texts. P.S. Whitening is only $149 until May 31.", "only $149" },
        { "Bright Smile Dental: Opted out. Implants from $999 this month.", "$999 this month" },
        { "Bright Smile Dental: You will no longer receive texts. Call (303) 555-0142 to book your next cleaning!", "to book" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_plain_confirmations(string message) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { OptoutMessage = message }));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_and_quotes_the_marketing(string message, string excerpt)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptoutMessage = message }), Fields.OptoutMessage);
        Assert.Contains(r.Findings, f => f.Evidence.Excerpt!.Contains(excerpt, StringComparison.OrdinalIgnoreCase));
    }
}

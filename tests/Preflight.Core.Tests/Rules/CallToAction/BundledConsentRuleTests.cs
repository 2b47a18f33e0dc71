using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class BundledConsentRuleTests
{
    private static readonly BundledConsentRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string> Bundled => new()
    {
        "By submitting the form you consent to receive calls, texts and emails from Bright Smile Dental.",
        "You agree to receive autodialed calls and text messages at the number provided.",
        "Customers agree to be contacted by phone call, SMS or email about their account.",
    };

    public static TheoryData<string> Separate => new()
    {
        "By providing your phone number and email, you consent to receive text messages from Bright Smile Dental.",
        "You agree to receive appointment reminder texts. Questions? Email us or call (303) 555-0142.",
        "Check the SMS box to agree to receive texts; a separate box covers our email newsletter.",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Rule.Code + template);

    [Theory]
    [MemberData(nameof(Separate))]
    public void Passes_when_sms_consent_stands_alone(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    [Theory]
    [MemberData(nameof(Bundled))]
    public void Fails_when_texts_share_a_consent_with_calls_or_emails(string flow)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
        Assert.NotNull(r.Findings[0].Evidence.Start);
    }
}

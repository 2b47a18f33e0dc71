using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class KeywordRepliesAndPrivacyIncompleteRuleTests
{
    private static readonly KeywordRepliesAndPrivacyIncompleteRule Rule = new();

    private const string FlowWithoutPrivacy =
        "Patients opt in on our booking form at https://www.brightsmiledental.com/book by checking an optional box. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel.";

    [Fact]
    public void Passes_when_the_privacy_policy_is_only_named_in_the_message_flow() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { PrivacyPolicyLink = null }));

    [Fact]
    public void Passes_when_the_privacy_policy_link_is_filled_in() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { MessageFlow = FlowWithoutPrivacy }));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("see website")]
    public void Fails_when_no_privacy_policy_is_available(string? link)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { PrivacyPolicyLink = link, MessageFlow = FlowWithoutPrivacy }), Fields.PrivacyPolicyLink);
        Assert.Single(r.Findings);
        Assert.Equal(link, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Reports_reply_gaps_and_the_missing_privacy_policy_separately()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with
        {
            PrivacyPolicyLink = null,
            MessageFlow = FlowWithoutPrivacy,
            OptoutMessage = "Bright Smile Dental: We got your request.",
            HelpMessage = "Bright Smile Dental: Reply STOP to opt out.",
        }));
        Assert.Equal([Fields.OptoutMessage, Fields.HelpMessage, Fields.PrivacyPolicyLink], r.Findings.Select(f => f.Evidence.Path));
    }

    [Fact]
    public void Passes_realistic_replies() =>
        RuleTester.Passes(Rule, Golden.With(c => c with
        {
            OptinMessage = "Bright Smile Dental: Reminders on, up to 6 msgs/mo. Msg&data rates may apply. Reply HELP for help. Txt STOP to quit",
            OptoutMessage = "Bright Smile Dental: Unsubscribed. No more msgs will be sent.",
        }));
}

using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class KeywordRepliesIncompleteRuleTests
{
    private static readonly KeywordRepliesIncompleteRule Rule = new();

    [Fact]
    public void Passes_realistic_compact_replies() =>
        RuleTester.Passes(Rule, Golden.With(c => c with
        {
            OptinMessage = "Bright Smile Dental: You're in! up to 6 msgs/mo. Msg&data rates may apply. Txt HELP for help, STOP to quit",
            OptoutMessage = "Bright Smile Dental: You're opted out and won't get more texts. Reply START to rejoin.",
            HelpMessage = "Bright Smile Dental: Questions? Visit brightsmiledental.com/help. Txt STOP to quit",
        }));

    [Theory]
    [MemberData(nameof(KeywordTestBrands.Names), MemberType = typeof(KeywordTestBrands))]
    public void Passes_for_names_with_apostrophes_ampersands_and_accents(string display, string company, string written) =>
        RuleTester.Passes(Rule, KeywordTestBrands.With(display, company, c => c with
        {
            OptinMessage = $"{written}: Reminders on. Msg freq varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
            OptoutMessage = $"{written}: Unsubscribed. No more msgs will be sent.",
            HelpMessage = $"{written}: For help call (303) 555-0142. Reply STOP to opt out.",
        }));

    [Fact]
    public void Reports_each_missing_opt_in_element_separately()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptinMessage = "Welcome! You're subscribed to appointment reminders." }), Fields.OptinMessage);
        Assert.Equal(5, r.Findings.Count);
        Assert.All(r.Findings, f => Assert.Equal(Fields.OptinMessage, f.Evidence.Path));
        Assert.Contains(r.Findings, f => f.Message.Contains("brand name"));
        Assert.Contains(r.Findings, f => f.Message.Contains("HELP instruction"));
        Assert.Contains(r.Findings, f => f.Message.Contains("opt-out instruction"));
        Assert.Contains(r.Findings, f => f.Message.Contains("frequency"));
        Assert.Contains(r.Findings, f => f.Message.Contains("rates may apply"));
    }

    [Fact]
    public void Reports_missing_elements_across_all_three_replies()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with
        {
            OptinMessage = "Bright Smile Dental: Reminders on. Msg freq varies. Reply HELP for help, STOP to cancel.",
            OptoutMessage = "You have been unsubscribed.",
            HelpMessage = "Bright Smile Dental: We're here to help. Reply STOP to opt out.",
        }));
        Assert.Equal(
            [Fields.OptinMessage, Fields.OptoutMessage, Fields.OptoutMessage, Fields.HelpMessage],
            r.Findings.Select(f => f.Evidence.Path));
    }

    [Fact]
    public void Reports_missing_opt_out_and_help_replies()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptoutMessage = null, HelpMessage = " " }));
        Assert.Equal([Fields.OptoutMessage, Fields.HelpMessage], r.Findings.Select(f => f.Evidence.Path));
    }

    [Fact]
    public void Reports_a_missing_opt_in_reply_only_when_keyword_opt_in_is_declared()
    {
        RuleTester.Passes(Rule, Golden.With(c => c with { OptinMessage = null, OptinKeywords = null, SubscriberOptin = false }));
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptinMessage = null }), Fields.OptinMessage);
        Assert.Single(r.Findings);
    }
}

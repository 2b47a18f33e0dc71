using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Tests.Rules.KeywordMessages;

public sealed class KeywordRepliesIdenticalRuleTests
{
    private static readonly KeywordRepliesIdenticalRule Rule = new();

    [Fact]
    public void Passes_distinct_replies() => RuleTester.Passes(Rule, Golden.Submission);

    [Fact]
    public void Fails_when_the_help_reply_repeats_the_opt_out_reply()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { HelpMessage = "  " + c.OptoutMessage!.ToUpperInvariant() }), Fields.HelpMessage);
        Assert.Single(r.Findings);
        Assert.Contains("opt-out message", r.Findings[0].Message);
    }

    [Fact]
    public void Reports_each_repeated_reply_once()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { OptoutMessage = c.OptinMessage, HelpMessage = c.OptinMessage }));
        Assert.Equal([Fields.OptoutMessage, Fields.HelpMessage], r.Findings.Select(f => f.Evidence.Path));
    }

    [Theory]
    [InlineData("Acme: You are unsubscribed. Reply START to rejoin.", "Acme: You are unsubscribed. Reply START to rejoin.", true)]
    [InlineData("Acme: You are unsubscribed.  Reply START\nto rejoin.", "acme: you are UNSUBSCRIBED. reply start to rejoin.", true)]
    [InlineData("\tAcme: Help at 555-0100. ", "Acme: Help at 555-0100.", true)]
    [InlineData("Acme: You are unsubscribed.", "Acme: You are unsubscribed. Reply START to rejoin.", false)]
    [InlineData("Acme: You are unsubscribed. Reply START to rejoin.", "Acme: You are unsubscribed.", false)]
    [InlineData("Acme: Reply STOP to end.", "Acme: Reply STOP to end!", false)]
    [InlineData("Acme:Help", "Acme: Help", false)]
    [InlineData("   ", "Acme: Help", false)]
    public void Compares_words_ignoring_case_and_spacing(string a, string b, bool same) =>
        Assert.Equal(same, KeywordRepliesIdenticalRule.SameWords(a, b));
}

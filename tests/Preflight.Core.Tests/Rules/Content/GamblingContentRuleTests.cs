using Preflight.Core.Model;
using Preflight.Core.Rules.Content;

namespace Preflight.Core.Tests.Rules.Content;

public sealed class GamblingContentRuleTests
{
    private static readonly GamblingContentRule Rule = new();

    public static TheoryData<string, string> Failing => new()
    {
        { "Lucky Star sends odds boosts and bet now alerts for tonight's games to subscribers.", "odds boosts" },
        { "Players get 50 free spins and deposit bonus offers from our online casino.", "free spins" },
        { "Sportsbook promotions and parlay picks for registered players.", "Sportsbook" },
        { "Red River Resort members earn 2x points on all slots and table games every Friday.", "slots and table games" },
        { "Lucky Spin Game Room sends alerts when new fish tables and skill machines are installed.", "fish tables" },
        { "Swipe your players club card for $50 in free play every Tuesday.", "players club" },
    };

    public static TheoryData<string> Passing => new()
    {
        "Oak Elementary PTA sends reminders about the casino night fundraiser and other school events.",
        "Hope Counseling sends appointment reminders to clients in our problem gambling program.",
        "Bright Smile Dental sends reminders when open appointment slots appear, up to 4 messages per month.",
        "Bright Smile Dental: you bet we'll see you Tuesday! Reminders only.",
        "Blackjack Pizza is a pizza delivery restaurant; customers who opt in receive weekly deals from Blackjack Pizza.",
        "Little Climbers Play Gym sends free play session reminders to parents.",
    };

    [Theory]
    [MemberData(nameof(Failing))]
    public void Fails_on_gambling(string description, string excerpt)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Description = description }), Fields.Description);
        Assert.Equal(excerpt, r.Findings[0].Evidence.Excerpt);
    }

    [Theory]
    [MemberData(nameof(Passing))]
    public void Passes_ordinary_wording(string description) => RuleTester.Passes(Rule, Golden.With(c => c with { Description = description }));

    [Fact]
    public void Fails_on_the_gambling_vertical()
    {
        var r = RuleTester.Fails(Rule, Golden.WithBrand(b => b with { Vertical = "GAMBLING" }), Fields.BrandVertical);
        Assert.Equal("GAMBLING", r.Findings[0].Evidence.Excerpt);
    }
}

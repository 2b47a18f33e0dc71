using Preflight.Core.Model;
using Preflight.Core.Rules.Content;

namespace Preflight.Core.Tests.Rules.Content;

public sealed class ExplicitSexualContentRuleTests
{
    private static readonly ExplicitSexualContentRule Rule = new();

    public static TheoryData<string, string> Failing => new()
    {
        { "VIP members get explicit photos and sex chat every night. Reply STOP to opt out.", "explicit photos" },
        { "New nudes just dropped on my OnlyFans! Reply STOP to opt out.", "nudes" },
        { "Hot singles near you want to chat. Reply STOP to opt out.", "Hot singles" },
        { "Velvet Rose: our new adult toy collection is 25% off. Reply STOP to opt out.", "adult toy" },
        { "Discreet VIP escort service tonight, outcall available. Reply STOP to opt out.", "VIP escort" },
        { "Bored? Reply YES for free sexting with local girls. Reply STOP to opt out.", "sexting" },
    };

    public static TheoryData<string> Passing => new()
    {
        "Luxe Nails: our new nude nail polish shades are in! Reply STOP to opt out.",
        "Bright Smile Dental: police escorts will close Larimer St for the parade Saturday. Reply STOP to opt out.",
        "Sunny Pines RV Park: full hookups are available this weekend. Reply STOP to opt out.",
        "Bright Smile Dental: we never send adult content. Reply STOP to opt out.",
        "Westbrook University: walking late? Campus Safety's free escort service runs nightly. Reply STOP to opt out.",
        "Valley View Schools: parent night Thu 6 PM, talking with your kids about sexting and online safety. Reply STOP to opt out.",
    };

    [Theory]
    [MemberData(nameof(Failing))]
    public void Fails_on_explicit_sexual_samples(string sample, string excerpt)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Sample1 = sample }), Fields.Sample1);
        Assert.Equal(excerpt, r.Findings[0].Evidence.Excerpt);
    }

    [Theory]
    [MemberData(nameof(Passing))]
    public void Passes_ordinary_wording(string sample) => RuleTester.Passes(Rule, Golden.With(c => c with { Sample1 = sample }));
}

using Preflight.Core.Model;
using Preflight.Core.Rules.Content;

namespace Preflight.Core.Tests.Rules.Content;

public sealed class HateContentRuleTests
{
    private static readonly HateContentRule Rule = new();

    public static TheoryData<string, string> Failing => new()
    {
        { "Members receive rally alerts for the white power movement.", "white power" },
        { "Updates for our white nationalist chapter meetings.", "white nationalist" },
        { "Chapter alerts: kill all the Muslims in the neighborhood.", "kill all the Muslims" },
        { "Kill all traitors, and join the race war.", "Kill all" },
    };

    public static TheoryData<string> Passing => new()
    {
        "Unity Center sends volunteer reminders for our stop hate community workshops.",
        "City of Riverton sends notices about the No Place for Hate school program.",
        "We prohibit hate speech and white supremacy content in every message.",
        "Lone Star Pest Control sends scorpion season offers: we kill all the scorpions in your walls.",
        "Desert Sun Car Rental reminds renters to gas the car up before drop-off.",
        "Hernandez Heating & Air: our tech will shut off the gas the morning of your furnace install.",
    };

    [Theory]
    [MemberData(nameof(Failing))]
    public void Fails_on_hate_speech(string description, string excerpt)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Description = description }), Fields.Description);
        Assert.Equal(excerpt, r.Findings[0].Evidence.Excerpt);
    }

    [Theory]
    [MemberData(nameof(Passing))]
    public void Passes_anti_hate_and_ordinary_wording(string description) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Description = description }));
}

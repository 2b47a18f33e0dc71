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
    };

    public static TheoryData<string> Passing => new()
    {
        "Unity Center sends volunteer reminders for our stop hate community workshops.",
        "City of Riverton sends notices about the No Place for Hate school program.",
        "We prohibit hate speech and white supremacy content in every message.",
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

using Preflight.Core.Model;
using Preflight.Core.Rules.SampleMessages;

namespace Preflight.Core.Tests.Rules.SampleMessages;

public sealed class SampleLinkNotHttpsRuleTests
{
    private static readonly SampleLinkNotHttpsRule Rule = new();

    public static TheoryData<string> Valid => new()
    {
        "Bright Smile Dental: Confirm at https://www.brightsmiledental.com/c/8812. Reply STOP to opt out.",
        "Bright Smile Dental: Forms at brightsmiledental.com/forms. Reply STOP to opt out.",
        "Bright Smile Dental: Your visit is confirmed. Reply STOP to opt out.",
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_https_and_bare_links(string sample) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Sample2 = sample, EmbeddedLink = true }));

    [Fact]
    public void Warns_on_an_http_link()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with
        {
            Sample2 = "Bright Smile Dental: Confirm at http://brightsmiledental.com/c/8812 today. Reply STOP to opt out.",
            EmbeddedLink = true,
        }), Fields.Sample2);
        Assert.Equal("http://brightsmiledental.com/c/8812", r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Warns_on_an_http_embedded_link_sample() =>
        RuleTester.Fails(Rule, Golden.With(c => c with { EmbeddedLink = true, EmbeddedLinkSample = "http://www.brightsmiledental.com/c/1" }), Fields.EmbeddedLinkSample);
}

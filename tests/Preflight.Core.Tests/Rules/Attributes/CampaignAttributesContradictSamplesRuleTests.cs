using Preflight.Core.Model;
using Preflight.Core.Rules.Attributes;

namespace Preflight.Core.Tests.Rules.Attributes;

public sealed class CampaignAttributesContradictSamplesRuleTests
{
    private static readonly CampaignAttributesContradictSamplesRule Rule = new();

    private const string Plain = "Bright Smile Dental: Your visit is confirmed. Reply STOP to opt out.";
    private const string Linked = "Bright Smile Dental: Confirm at brightsmiledental.com/c/8812. Reply STOP to opt out.";

    [Fact]
    public void Passes_matching_attributes() => RuleTester.Passes(Rule, Golden.Submission);

    [Fact]
    public void Passes_a_link_with_embeddedLink_true() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { EmbeddedLink = true, Sample2 = Linked }));

    [Fact]
    public void Fails_a_link_with_embeddedLink_false()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Sample2 = Linked }), Fields.Sample2);
        Assert.Equal("brightsmiledental.com/c/8812", r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Fails_a_phone_with_embeddedPhone_false()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { EmbeddedPhone = false }), Fields.Sample1);
        Assert.Equal("(303) 555-0142", r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Fails_embeddedPhone_true_without_a_phone() =>
        RuleTester.Fails(Rule, Golden.With(c => c with { Sample1 = Plain }), Fields.EmbeddedPhone);

    [Fact]
    public void Fails_embeddedLink_true_without_a_link() =>
        RuleTester.Fails(Rule, Golden.With(c => c with { EmbeddedLink = true }), Fields.EmbeddedLink);

    [Fact]
    public void Fails_an_embedded_link_sample_with_embeddedLink_false() =>
        RuleTester.Fails(Rule, Golden.With(c => c with { EmbeddedLinkSample = "https://www.brightsmiledental.com/c/1" }), Fields.EmbeddedLinkSample);
}

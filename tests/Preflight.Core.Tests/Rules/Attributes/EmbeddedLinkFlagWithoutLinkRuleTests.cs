using Preflight.Core.Model;
using Preflight.Core.Rules.Attributes;

namespace Preflight.Core.Tests.Rules.Attributes;

public sealed class EmbeddedLinkFlagWithoutLinkRuleTests
{
    private static readonly EmbeddedLinkFlagWithoutLinkRule Rule = new();

    public static TheoryData<string> WithLink => new()
    {
        "Bright Smile Dental: Confirm at https://www.brightsmiledental.com/c/8812. Reply STOP to opt out.",
        "Bright Smile Dental: Fill in your forms at brightsmiledental.com/forms. Reply STOP to opt out.",
        "Bright Smile Dental: Directions at www.brightsmiledental.com. Reply STOP to opt out.",
        "Bright Smile Dental: Outage map and restoration times: bluegrassrec.coop/outages. Reply STOP to opt out.",
        "Bright Smile Dental: Book your pet's visit at www.cedarcreek.vet Reply STOP to opt out.",
    };

    public static TheoryData<string> WithoutLink => new()
    {
        "Bright Smile Dental: Questions? Email office@brightsmiledental.com. Reply STOP to opt out.",
        "Bright Smile Dental: Your visit is Mon. at 9 a.m. in St. Louis.Reply STOP to opt out.",
        "Bright Smile Dental: Please sign the consent.pdf we sent. Reply STOP to opt out.",
        "Bright Smile Dental: See you today.click the reminder to confirm. Reply STOP to opt out.",
    };

    [Theory]
    [MemberData(nameof(WithoutLink))]
    public void Fails_when_the_flag_is_true_and_the_sample_only_looks_like_it_has_a_link(string sample) =>
        RuleTester.Fails(Rule, Golden.With(c => c with { EmbeddedLink = true, Sample2 = sample }), Fields.EmbeddedLink);

    [Theory]
    [MemberData(nameof(WithLink))]
    public void Passes_when_a_sample_has_a_link(string sample) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { EmbeddedLink = true, Sample2 = sample }));

    [Fact]
    public void Passes_when_the_embedded_link_sample_gives_the_link() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { EmbeddedLink = true, EmbeddedLinkSample = "https://www.brightsmiledental.com/c/8812" }));

    [Fact]
    public void Passes_when_the_flag_is_false() => RuleTester.Passes(Rule, Golden.Submission);

    [Fact]
    public void Fails_when_the_flag_is_true_and_no_sample_has_a_link()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with
        {
            EmbeddedLink = true,
            Sample2 = "Bright Smile Dental: Questions? Email office@brightsmiledental.com. Reply STOP to opt out.",
        }), Fields.EmbeddedLink);
        Assert.Single(r.Findings);
    }
}

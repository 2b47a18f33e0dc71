using Preflight.Core.Model;
using Preflight.Core.Rules.SampleMessages;

namespace Preflight.Core.Tests.Rules.SampleMessages;

public sealed class SampleUsesUrlShortenerRuleTests
{
    private static readonly SampleUsesUrlShortenerRule Rule = new();

    public static TheoryData<string> Valid => new()
    {
        "Bright Smile Dental: Confirm your visit at https://www.brightsmiledental.com/c/8812. Reply STOP to opt out.",
        "Bright Smile Dental: Forms at brightsmiledental.com/forms before your visit. Reply STOP to opt out.",
        "Bright Smile Dental: Directions: https://bsd.link/dir (our own short link). Reply STOP to opt out.",
        "Bright Smile Dental: bit of a delay today, we run 10 min late. Reply STOP to opt out.",
        "Bright Smile Dental: Read about us at https://www.linklyhq.com.example.org/team before your visit. Reply STOP to opt out.",
    };

    public static TheoryData<string, string> Invalid => new()
    {
        { "Bright Smile Dental: Confirm at https://bit.ly/3xYz12. Reply STOP to opt out.", "https://bit.ly/3xYz12" },
        { "Bright Smile Dental: Confirm at bit.ly/3xYz12 today. Reply STOP to opt out.", "bit.ly/3xYz12" },
        { "Bright Smile Dental: Forms: tinyurl.com/bsd-forms. Reply STOP to opt out.", "tinyurl.com/bsd-forms" },
        { "Bright Smile Dental: Forms: TinyURL.com/x1 now. Reply STOP to opt out.", "TinyURL.com/x1" },
        { "Bright Smile Dental: Scan or tap for our new-patient forms: https://qrs.ly/bsd7f3k2 Reply STOP to opt out.", "https://qrs.ly/bsd7f3k2" },
        { "Bright Smile Dental: Whitening how-to video: smarturl.it/bsdwhite Reply STOP to opt out.", "smarturl.it/bsdwhite" },
        { "Bright Smile Dental: Your care guide: https://l.ead.me/bfXk2Q Reply STOP to opt out.", "https://l.ead.me/bfXk2Q" },
        { "Bright Smile Dental: Leave us a review: https://l.linklyhq.com/l/1xYz9 Reply STOP to opt out.", "https://l.linklyhq.com/l/1xYz9" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_own_domain_and_branded_links(string sample) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Sample2 = sample, EmbeddedLink = true }));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_public_shorteners(string sample, string link)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Sample2 = sample, EmbeddedLink = true }), Fields.Sample2);
        Assert.Equal(link, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Fails_a_shortener_in_the_embedded_link_sample() =>
        RuleTester.Fails(Rule, Golden.With(c => c with { EmbeddedLink = true, EmbeddedLinkSample = "https://bit.ly/abc123" }), Fields.EmbeddedLinkSample);
}

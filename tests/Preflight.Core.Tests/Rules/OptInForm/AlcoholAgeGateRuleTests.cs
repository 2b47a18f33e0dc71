using Preflight.Core.Model;
using Preflight.Core.Rules.OptInForm;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.OptInForm;

public sealed class AlcoholAgeGateRuleTests
{
    private static readonly AlcoholAgeGateRule Rule = new();

    private static Submission Winery(bool? ageGated) => Golden.With(c => c with
    {
        Description = "Bright Smile Dental runs a members' wine club. Members who opt in receive texts about new wine releases and tasting events, up to 6 messages per month.",
        Usecase = UseCases.Marketing,
        AgeGated = ageGated,
    });

    [Fact]
    public void Passes_the_golden_dental_campaign() => RuleTester.Passes(Rule, Golden.Submission);

    [Theory]
    [InlineData("Our office is alcohol-free and we offer root beer floats at the kids' party.")]
    [InlineData("Join our team spirit week and holiday spirit events.")]
    [InlineData("Harbor Fish Shack texts weekly specials like beer-battered fish tacos and wine-braised clam linguine.")]
    [InlineData("Sweet Crumb Bakery texts new flavors such as Madagascar bourbon vanilla cupcakes.")]
    [InlineData("Crescent City Power texts outage alerts, such as repairs on Bourbon St between Canal and Iberville.")]
    [InlineData("Café Élan texts drink specials: lavender lattes and iced chai, $1 off.")]
    public void Passes_words_that_are_not_alcohol(string description) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Description = description }));

    [Theory]
    [InlineData("The Tap House texts happy hour drink specials and new cocktails.", "happy hour")]
    [InlineData("Bayou Bar texts bourbon flights and live music nights on Bourbon Street.", "bourbon")]
    public void Fails_a_bar_without_the_attribute(string description, string excerpt)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Description = description }), Fields.Description);
        Assert.Equal(excerpt, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Fails_when_alcohol_content_is_not_age_gated()
    {
        var r = RuleTester.Fails(Rule, Winery(false), Fields.Description);
        Assert.StartsWith("wine", r.Findings[0].Evidence.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void Passes_when_age_gated_and_no_page_was_gathered() => RuleTester.Passes(Rule, Winery(true));

    [Theory]
    [InlineData("optin-dob-gate.html")]
    [InlineData("optin-dob-date-input.html")]
    public void Passes_with_a_date_of_birth_gate_on_the_page(string file) =>
        RuleTester.Passes(Rule, Winery(true), Pages.OptIn(file));

    [Fact]
    public void Fails_with_a_yes_no_prompt()
    {
        var r = RuleTester.Fails(Rule, Winery(true), sites: Pages.OptIn("optin-yesno-gate.html"));
        var f = Assert.Single(r.Findings);
        Assert.Equal("#age-question", f.Evidence.Selector);
        Assert.Equal("Are you 21 or older?", f.Evidence.Excerpt);
    }

    [Fact]
    public void Fails_with_no_gate_on_the_page()
    {
        var r = RuleTester.Fails(Rule, Winery(true), sites: Pages.OptIn("optin-good.html"));
        Assert.Equal("#booking-form", Assert.Single(r.Findings).Evidence.Selector);
    }

    [Fact]
    public void Reads_the_page_when_the_submission_does_not_mention_alcohol()
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.OptIn("optin-dob-gate.html"));
        Assert.Contains("wine", r.Findings[0].Message);
        Assert.Equal(Pages.OptInUrl, r.Findings[0].Evidence.Url);
    }
}

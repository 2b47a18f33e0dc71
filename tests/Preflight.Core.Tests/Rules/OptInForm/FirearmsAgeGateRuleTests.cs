using Preflight.Core.Model;
using Preflight.Core.Rules.OptInForm;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.OptInForm;

public sealed class FirearmsAgeGateRuleTests
{
    private static readonly FirearmsAgeGateRule Rule = new();

    [Fact]
    public void Passes_the_golden_campaign_and_tools_named_gun() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Description = "Hardware store: caulk gun and glue gun restocks, nail gun rentals." }));

    [Theory]
    [InlineData("Juniper Lane Boutique texts new arrivals such as Rifle Paper Co. planners and notecards.")]
    [InlineData("Colorado River Pizza texts when your order is ready at our Rifle store on Railroad Ave.")]
    [InlineData("Cedar Creek Dental texts cleaning reminders for our Gun Barrel City office.")]
    [InlineData("Iron & Oak Fitness texts class reminders; today's focus is pistol squats.")]
    public void Passes_places_brands_and_exercises_named_like_guns(string description) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Description = description }));

    [Theory]
    [InlineData("Ranger Tactical is an FFL dealer texting restock alerts.", "FFL dealer")]
    [InlineData("Restock alerts: Glock 19 Gen5 and Sig P365 are back.", "Glock")]
    [InlineData("Bulk 9mm FMJ in 1000-round cases this week.", "FMJ")]
    public void Fails_firearm_brands_and_dealers_without_the_attribute(string description, string excerpt)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Description = description }), Fields.Description);
        Assert.Equal(excerpt, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Fails_a_gun_shop_without_the_attribute()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Sample2 = "Rocky Mountain Outfitters: 9mm ammo is back in stock at our gun shop. Reply STOP to opt out." }), Fields.Sample2);
        Assert.Equal("ammo", r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Fails_a_gated_gun_shop_whose_page_has_only_a_yes_no_prompt() =>
        RuleTester.Fails(Rule, Golden.With(c => c with { Description = "Firearms retailer sending restock alerts.", AgeGated = true }), sites: Pages.OptIn("optin-yesno-gate.html"));
}

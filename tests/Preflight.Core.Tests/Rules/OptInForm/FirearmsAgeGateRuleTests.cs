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

using Preflight.Core.Rules.OptInForm;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.OptInForm;

public sealed class FormMissingBrandNameRuleTests
{
    [Fact]
    public void Fails_only_when_the_brand_is_missing_beside_the_form() => FormDisclosures.Check(new FormMissingBrandNameRule(), "optin-missing-brand.html");

    [Fact]
    public void The_brand_in_the_header_does_not_count()
    {
        var html = Pages.Html("optin-missing-brand.html");
        Assert.Contains("Bright Smile Dental", html, StringComparison.Ordinal);
        RuleTester.Fails(new FormMissingBrandNameRule(), Golden.Submission, sites: Pages.OptIn("optin-missing-brand.html"));
    }

    [Fact]
    public void Matches_the_brand_with_an_apostrophe_and_ampersand()
    {
        var s = Golden.WithBrand(b => b with { DisplayName = "Joe's Pizza & Grill", CompanyName = "Joe's Pizza & Grill LLC" });
        var html = Pages.Html("optin-good.html").Replace("Bright Smile Dental at the number", "Joe&#8217;s Pizza and Grill at the number", StringComparison.Ordinal);
        RuleTester.Passes(new FormMissingBrandNameRule(), s, Pages.Set(Pages.Served(Preflight.Core.Sites.SiteRoles.OptIn, Pages.OptInUrl, html)));
    }
}

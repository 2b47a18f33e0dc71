using Preflight.Core.Rules.Terms;
using Preflight.Core.Sites;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.Terms;

public sealed class TermsMissingElementsRuleTests
{
    private static readonly TermsMissingElementsRule Rule = new();

    [Fact]
    public void Passes_complete_terms() => RuleTester.Passes(Rule, Golden.Submission, Pages.Terms("terms-good.html"));

    [Theory]
    [InlineData("terms-missing-help.html", "how to get help")]
    [InlineData("terms-missing-rates.html", "message and data rates")]
    [InlineData("privacy-good.html", "does not read as terms")]
    public void Fails_naming_what_is_missing(string file, string missing)
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Terms(file));
        var f = Assert.Single(r.Findings);
        Assert.Contains(missing, f.Message);
        Assert.Equal(Pages.TermsUrl, f.Evidence.Url);
    }

    [Fact]
    public void Fails_when_the_terms_name_another_brand()
    {
        var html = Pages.Html("terms-good.html").Replace("Bright Smile Dental", "Acme Holdings", StringComparison.Ordinal)
            .Replace("brightsmiledental", "acmeholdings", StringComparison.Ordinal);
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Set(Pages.Served(SiteRoles.Terms, Pages.TermsUrl, html)));
        Assert.Contains("brand name", Assert.Single(r.Findings).Message);
    }

    [Fact]
    public void Accepts_a_support_email_for_help()
    {
        var html = Pages.Html("terms-missing-help.html").Replace("<h2>Limitation", "<p>For support, email support@brightsmiledental.com.</p><h2>Limitation", StringComparison.Ordinal);
        RuleTester.Passes(Rule, Golden.Submission, Pages.Set(Pages.Served(SiteRoles.Terms, Pages.TermsUrl, html)));
    }
}

using Preflight.Core.Rules.OptInForm;
using Preflight.Core.Sites;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.OptInForm;

public sealed class FormMissingPrivacyLinkRuleTests
{
    private static readonly FormMissingPrivacyLinkRule Rule = new();

    public static TheoryData<string> Compliant => new()
    {
        "optin-good.html", "optin-wrapping-label.html", "optin-aria-label.html", "optin-adjacent-text.html",
        "optin-short-label.html", "optin-formless.html", "optin-two-forms.html",
    };

    [Theory]
    [MemberData(nameof(Compliant))]
    public void Passes_when_the_form_links_the_policy(string file) =>
        RuleTester.Passes(Rule, Golden.Submission, Pages.OptIn(file));

    [Fact]
    public void Fails_when_only_the_footer_links_the_policy()
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.OptIn("optin-missing-privacy.html"));
        var f = Assert.Single(r.Findings);
        Assert.Equal("#sms-consent", f.Evidence.Selector);
        Assert.Contains("body > footer", f.Message);
    }

    [Fact]
    public void Accepts_the_policy_address_written_out()
    {
        var html = Pages.Html("optin-missing-privacy.html").Replace("<a href=\"/terms\" target=\"_blank\">Terms</a>",
            "Privacy Policy: brightsmiledental.com/privacy", StringComparison.Ordinal);
        RuleTester.Passes(Rule, Golden.Submission, Pages.Set(Pages.Served(SiteRoles.OptIn, Pages.OptInUrl, html)));
    }
}

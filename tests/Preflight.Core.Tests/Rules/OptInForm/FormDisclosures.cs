using Preflight.Core.Engine;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.OptInForm;

/// <summary>Shared table for the disclosure rules 2113–2118: every compliant page passes, each page missing one disclosure fails only its rule.</summary>
public static class FormDisclosures
{
    public static readonly string[] CompliantPages =
    [
        "optin-good.html", "optin-wrapping-label.html", "optin-aria-label.html", "optin-adjacent-text.html",
        "optin-short-label.html", "optin-formless.html", "optin-two-forms.html", "optin-aria-switch-on.html",
    ];

    public static readonly string[] MissingPages =
    [
        "optin-missing-brand.html", "optin-missing-types.html", "optin-missing-frequency.html",
        "optin-missing-rates.html", "optin-missing-help.html", "optin-missing-stop.html",
    ];

    public static void Check(Rule rule, string failingPage)
    {
        foreach (var page in CompliantPages)
            RuleTester.Passes(rule, Golden.Submission, Pages.OptIn(page));
        foreach (var page in MissingPages.Where(p => p != failingPage))
            RuleTester.Passes(rule, Golden.Submission, Pages.OptIn(page));
        var r = RuleTester.Fails(rule, Golden.Submission, sites: Pages.OptIn(failingPage));
        var f = Assert.Single(r.Findings);
        Assert.Equal("#sms-consent", f.Evidence.Selector);
        Assert.Equal(Pages.OptInUrl, f.Evidence.Url);
        Assert.StartsWith("By checking this box", f.Evidence.Excerpt);
    }
}

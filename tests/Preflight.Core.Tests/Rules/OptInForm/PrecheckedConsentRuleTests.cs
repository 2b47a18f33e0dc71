using Preflight.Core.Engine;
using Preflight.Core.Rules.OptInForm;
using Preflight.Core.Sites;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.OptInForm;

public sealed class PrecheckedConsentRuleTests
{
    private static readonly PrecheckedConsentRule Rule = new();

    public static TheoryData<string> Compliant => new()
    {
        "optin-good.html",
        "optin-wrapping-label.html",
        "optin-aria-label.html",
        "optin-adjacent-text.html",
        "optin-required.html",
        "optin-multipurpose-required-phone.html",
        "optin-missing-rates.html",
        "optin-dob-gate.html",
    };

    public static TheoryData<string, string> Defective => new()
    {
        { "optin-prechecked.html", "#sms-consent" },
        { "optin-bundled.html", "#agree-all" },
        { "optin-terms-only.html", "#accept-terms" },
        { "optin-aria-switch-on.html", "#sms-toggle" },
        { "optin-short-label.html", "#agree" },
        { "optin-formless.html", "#w-consent" },
        { "optin-two-forms.html", "#sms-ok" },
    };

    [Theory]
    [MemberData(nameof(Compliant))]
    public void Passes_when_sms_consent_is_its_own_unchecked_box(string file) =>
        RuleTester.Passes(Rule, Golden.Submission, Pages.OptIn(file));

    [Theory]
    [MemberData(nameof(Defective))]
    public void Fails_and_points_at_the_offending_control(string file, string selector)
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.OptIn(file));
        Assert.Contains(r.Findings, f => f.Evidence.Selector == selector && f.Evidence.Url == Pages.OptInUrl);
    }

    [Fact]
    public void Fails_when_prechecked_quoting_the_consent_label()
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.OptIn("optin-prechecked.html"));
        var f = Assert.Single(r.Findings);
        Assert.StartsWith("By checking this box, I agree to receive appointment reminders", f.Evidence.Excerpt);
        Assert.Contains("checked attribute", f.Message);
    }

    [Fact]
    public void Fails_when_bundled_with_the_terms_even_though_unchecked()
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.OptIn("optin-bundled.html"));
        Assert.Contains("together", Assert.Single(r.Findings).Message);
    }

    [Fact]
    public void Uses_the_browser_render_state_when_a_script_ticks_the_box()
    {
        var site = Pages.Site(SiteRoles.OptIn, "optin-good.html", "/book");
        site = site with
        {
            Render = new RenderEvidence
            {
                Html = site.Page!.Html,
                Checkboxes = [new CheckboxState("#sms-consent", true, false, "By checking this box…"), new CheckboxState("#nl-email", false, false, null)],
            },
        };
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Set(site));
        var f = Assert.Single(r.Findings);
        Assert.Equal("#sms-consent", f.Evidence.Selector);
        Assert.Contains("browser render", f.Message);
    }

    [Fact]
    public void Trusts_the_render_when_it_shows_the_box_unchecked()
    {
        var site = Pages.Site(SiteRoles.OptIn, "optin-prechecked.html", "/book");
        site = site with { Render = new RenderEvidence { Html = site.Page!.Html, Checkboxes = [new CheckboxState("#sms-consent", false, false, null)] } };
        RuleTester.Passes(Rule, Golden.Submission, Pages.Set(site));
    }

    [Fact]
    public void Judges_the_rendered_dom_when_the_served_html_has_no_form()
    {
        var site = Pages.Site(SiteRoles.OptIn, "optin-script-built.html", "/book") with
        {
            Render = new RenderEvidence { Html = Pages.Html("optin-prechecked.html") },
        };
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Set(site));
        Assert.Equal("#sms-consent", Assert.Single(r.Findings).Evidence.Selector);
    }

    [Fact]
    public void Is_not_evaluated_without_an_opt_in_page() =>
        Assert.Equal(Outcome.NotEvaluated, RuleTester.Run(Rule, Golden.Submission).Outcome);

    [Fact]
    public void Is_not_evaluated_when_the_page_did_not_load() =>
        Assert.Equal(Outcome.NotEvaluated, RuleTester.Run(Rule, Golden.Submission,
            Pages.Set(Pages.Failed(SiteRoles.OptIn, Pages.OptInUrl, "timeout", "read timed out after 10 s"))).Outcome);
}

using Preflight.Core.Engine;
using Preflight.Core.Model;
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

    public static TheoryData<string, string> FlowSaysPrechecked => new()
    {
        { "Patients enter their number on https://www.brightsmiledental.com/book; the SMS box is already ticked for convenience and they can untick it.", "already ticked" },
        { "The reminder checkbox on our booking form is pre-checked.", "pre-checked" },
        { "Customers opt in on our checkout page, where the consent box is checked by default.", "checked by default" },
        { "The SMS opt-in toggle comes pre-selected on the sign-up page.", "pre-selected" },
        // The quoted consent wording stands between the box and what is said of it.
        { "Patients book at https://www.brightsmiledental.com/book; the box labeled \"Text me visit reminders from Bright Smile Dental. Reply STOP to cancel.\" is automatically checked, and patients may clear it.", "automatically checked" },
    };

    public static TheoryData<string> FlowSaysUnchecked => new()
    {
        "Patients opt in at https://www.brightsmiledental.com/book by checking an optional box that is unchecked by default.",
        "The SMS box on our booking form is never pre-checked.",
        "The consent checkbox is not checked by default.",
        "Patients who are already checked in get a text when the room is ready; they opted in on our form with an unchecked SMS box.",
        "Items in your cart are pre-selected for reorder.",
    };

    [Theory]
    [MemberData(nameof(FlowSaysPrechecked))]
    public void Fails_when_the_message_flow_says_the_box_starts_checked(string flow, string excerpt)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { MessageFlow = flow }), Fields.MessageFlow);
        Assert.Equal(excerpt, Assert.Single(r.Findings).Evidence.Excerpt);
    }

    [Theory]
    [MemberData(nameof(FlowSaysUnchecked))]
    public void Reads_an_unchecked_box_in_the_message_flow_as_no_finding(string flow)
    {
        Assert.Equal(Outcome.NotEvaluated, RuleTester.Run(Rule, Golden.With(c => c with { MessageFlow = flow })).Outcome);
        RuleTester.Passes(Rule, Golden.With(c => c with { MessageFlow = flow }), Pages.OptIn("optin-good.html"));
    }

    [Fact]
    public void Reports_both_the_flow_and_the_page()
    {
        var s = Golden.With(c => c with { MessageFlow = "The SMS box on our booking form is pre-checked." });
        var r = RuleTester.Fails(Rule, s, sites: Pages.OptIn("optin-prechecked.html"));
        Assert.Equal(2, r.Findings.Count);
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

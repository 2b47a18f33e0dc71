using Preflight.Core.Html;
using Preflight.Core.Sites;

namespace Preflight.Core.Tests.Html;

public sealed class OptInFormAnalyzerTests
{
    private static OptInPageAnalysis Analyze(string file) => OptInFormAnalyzer.Analyze(Pages.Parse(file));

    public static TheoryData<string, string, string> LabelWays => new()
    {
        { "optin-good.html", "#sms-consent", "label[for]" },
        { "optin-wrapping-label.html", "#booking-form > div:nth-of-type(5) > label > input", "wrapping label" },
        { "optin-aria-label.html", "#cb-7f2", "aria-labelledby" },
        { "optin-aria-switch-on.html", "#sms-toggle", "aria-label" },
        { "optin-adjacent-text.html", "#booking-form > p > input", "adjacent text" },
        { "optin-short-label.html", "#agree", "label[for]" },
    };

    [Theory]
    [MemberData(nameof(LabelWays))]
    public void Finds_the_sms_checkbox_label_the_way_the_markup_gives_it(string file, string selector, string source)
    {
        var page = Pages.Parse(file);
        var form = Assert.Single(OptInFormAnalyzer.Analyze(page).OptInForms);
        var c = Assert.Single(form.SmsConsentControls);
        Assert.Equal(selector, c.Selector);
        Assert.Equal(source, c.LabelSource);
        Assert.Contains("Bright Smile Dental", c.Text, StringComparison.Ordinal);
        // The selector finds the very element again.
        Assert.NotNull(page.Find(c.Selector));
    }

    [Fact]
    public void Reads_the_consent_paragraph_beside_a_short_label()
    {
        var c = Assert.Single(Analyze("optin-short-label.html").Primary!.SmsConsentControls);
        Assert.Equal("I agree", c.Label);
        Assert.StartsWith("By checking this box", c.Context, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_search_and_newsletter_forms_out_of_the_opt_in_forms()
    {
        var a = Analyze("optin-good.html");
        Assert.Equal(3, a.Forms.Count);
        Assert.Equal("#booking-form", Assert.Single(a.OptInForms).Selector);
        Assert.Equal("search", a.Forms[0].Fields[0].Purpose);
    }

    [Fact]
    public void Picks_the_sms_form_among_several_phone_forms()
    {
        var a = Analyze("optin-two-forms.html");
        Assert.Equal("#sms-signup", a.Primary!.Selector);
        Assert.True(a.Forms.Single(f => f.Selector == "#callback").Phone!.Required);
    }

    [Fact]
    public void Groups_inputs_outside_any_form_element()
    {
        var f = Analyze("optin-formless.html").Primary!;
        Assert.False(f.IsFormElement);
        Assert.Equal("#sms-widget", f.Selector);
        Assert.Equal("#w-phone", f.Phone!.Selector);
    }

    [Fact]
    public void Knows_a_multi_purpose_form_and_a_required_phone()
    {
        var f = Analyze("optin-multipurpose-required-phone.html").Primary!;
        Assert.True(f.IsMultiPurpose);
        Assert.True(f.Phone!.Required);
        Assert.Contains(f.OtherPurposeFields, x => x.Purpose == "message");
        Assert.False(Analyze("optin-two-forms.html").Primary!.IsMultiPurpose);
    }

    public static TheoryData<string, ControlKind, bool> Labels => new()
    {
        { "I agree to receive recurring automated marketing text messages from Acme Co. at the number provided. Msg & data rates may apply. View our Privacy Policy and Terms of Service.", ControlKind.SmsConsent, false },
        { "Yes, text me appointment reminders", ControlKind.SmsConsent, false },
        { "Send me SMS alerts about my order", ControlKind.SmsConsent, false },
        { "I consent to receive texts from Acme and agree to the SMS Terms.", ControlKind.SmsConsent, false },
        { "I agree to the Terms of Service and Privacy Policy and to receive text messages from Acme.", ControlKind.SmsConsent, true },
        { "By checking this box you agree to our Terms and consent to receive SMS updates.", ControlKind.SmsConsent, true },
        { "I have read and accept the Terms of Service and Privacy Policy.", ControlKind.TermsAcceptance, false },
        { "I accept Acme's Terms & Conditions", ControlKind.TermsAcceptance, false },
        { "Subscribe me to the monthly email newsletter", ControlKind.Other, false },
        { "Remember me", ControlKind.Other, false },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void Classifies_checkbox_wording(string label, ControlKind kind, bool bundles)
    {
        var (k, b) = OptInFormAnalyzer.Classify(label, "");
        Assert.Equal(kind, k);
        Assert.Equal(bundles, b);
    }

    [Fact]
    public void Takes_the_render_state_over_the_checked_attribute()
    {
        var page = Pages.Parse("optin-prechecked.html");
        var a = OptInFormAnalyzer.Analyze(page, [new CheckboxState("#sms-consent", false, true, null)]);
        var c = Assert.Single(a.Primary!.SmsConsentControls);
        Assert.False(c.Checked);
        Assert.Equal("browser render", c.CheckedSource);
        Assert.True(c.Required);
    }

    [Fact]
    public void Matches_render_states_by_order_when_selectors_do_not_resolve()
    {
        var page = Pages.Parse("optin-good.html");
        var a = OptInFormAnalyzer.Analyze(page, [new CheckboxState("input:nth-match(1)", true, false, null)]);
        Assert.True(Assert.Single(a.Primary!.SmsConsentControls).Checked);
    }

    [Fact]
    public void Finds_a_keyword_call_to_action()
    {
        var a = Analyze("optin-keyword.html");
        Assert.Empty(a.OptInForms);
        Assert.Equal("Text REMIND to (303) 555-0142", a.KeywordCallToAction!.Value);
    }

    [Fact]
    public void Survives_hostile_markup()
    {
        var deep = string.Concat(Enumerable.Repeat("<div>", 5000)) + "<form><input type=tel><input type=checkbox checked> text me</form>";
        var a = OptInFormAnalyzer.Analyze(HtmlPage.Parse(deep));
        Assert.NotNull(a.Primary);
        Assert.Empty(OptInFormAnalyzer.Analyze(HtmlPage.Parse("")).Forms);
        Assert.Empty(OptInFormAnalyzer.Analyze(HtmlPage.Parse("<<<>>><form")).OptInForms);
    }
}

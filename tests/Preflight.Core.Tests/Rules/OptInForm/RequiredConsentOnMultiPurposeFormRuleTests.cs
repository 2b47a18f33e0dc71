using Preflight.Core.Rules.OptInForm;
using Preflight.Core.Sites;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.OptInForm;

public sealed class RequiredConsentOnMultiPurposeFormRuleTests
{
    private static readonly RequiredConsentOnMultiPurposeFormRule Rule = new();

    public static TheoryData<string> Compliant => new()
    {
        "optin-good.html",
        "optin-prechecked.html",
        "optin-two-forms.html",
        "optin-formless.html",
        "optin-aria-label.html",
    };

    [Theory]
    [MemberData(nameof(Compliant))]
    public void Passes_when_phone_and_consent_are_optional_or_the_form_is_sms_only(string file) =>
        RuleTester.Passes(Rule, Golden.Submission, Pages.OptIn(file));

    [Fact]
    public void Fails_when_the_phone_is_required_on_a_contact_form()
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.OptIn("optin-multipurpose-required-phone.html"));
        var f = Assert.Single(r.Findings);
        Assert.Equal("#phone", f.Evidence.Selector);
        Assert.Contains("email", f.Message);
        Assert.Contains("message", f.Message);
    }

    [Fact]
    public void Fails_when_the_consent_box_is_required_on_a_booking_form()
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.OptIn("optin-required.html"));
        Assert.Equal("#sms-consent", Assert.Single(r.Findings).Evidence.Selector);
    }

    [Fact]
    public void A_phone_marked_optional_is_not_required_even_with_an_asterisk_elsewhere()
    {
        var html = Pages.Html("optin-good.html").Replace("Mobile phone <span class=\"optional\">(optional)</span>", "Mobile phone * (optional)", StringComparison.Ordinal);
        RuleTester.Passes(Rule, Golden.Submission, Pages.Set(Pages.Served(SiteRoles.OptIn, Pages.OptInUrl, html)));
    }

    [Fact]
    public void A_phone_label_marked_with_an_asterisk_counts_as_required()
    {
        var html = Pages.Html("optin-good.html").Replace("Mobile phone <span class=\"optional\">(optional)</span>", "Mobile phone *", StringComparison.Ordinal);
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Set(Pages.Served(SiteRoles.OptIn, Pages.OptInUrl, html)));
        Assert.Contains("label marked required", Assert.Single(r.Findings).Message);
    }
}

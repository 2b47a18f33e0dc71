using Preflight.Core.Rules.OptInForm;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.OptInForm;

public sealed class NoPhoneFieldRuleTests
{
    private static readonly NoPhoneFieldRule Rule = new();

    public static TheoryData<string> Compliant => new()
    {
        "optin-good.html",
        "optin-formless.html",
        "optin-two-forms.html",
        "optin-multipurpose-required-phone.html",
        "optin-no-form.html",
    };

    [Theory]
    [MemberData(nameof(Compliant))]
    public void Passes_when_a_phone_field_is_there_or_no_form_asks_for_consent(string file) =>
        RuleTester.Passes(Rule, Golden.Submission, Pages.OptIn(file));

    [Fact]
    public void Fails_on_a_consent_form_without_a_phone_field()
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.OptIn("optin-no-phone.html"));
        var f = Assert.Single(r.Findings);
        Assert.Equal("#booking-form", f.Evidence.Selector);
        Assert.Contains("Full name", f.Message);
    }

    [Theory]
    [InlineData("type=\"tel\" id=\"phone\" name=\"phone\"", "type=\"text\" id=\"phone\" name=\"phone\"")]
    [InlineData("type=\"tel\" id=\"phone\" name=\"phone\" autocomplete=\"tel\"", "type=\"text\" id=\"f3\" name=\"field_3\" autocomplete=\"tel-national\"")]
    [InlineData("type=\"tel\" id=\"phone\" name=\"phone\" autocomplete=\"tel\" placeholder=\"(303) 555-0100\"", "type=\"number\" id=\"f3\" name=\"field_3\" placeholder=\"(303) 555-0100\"")]
    public void Recognises_phone_fields_that_are_not_type_tel(string from, string to)
    {
        var html = Pages.Html("optin-good.html").Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Pages.Html("optin-good.html"), html);
        RuleTester.Passes(Rule, Golden.Submission, Pages.Set(Pages.Served(Preflight.Core.Sites.SiteRoles.OptIn, Pages.OptInUrl, html)));
    }
}

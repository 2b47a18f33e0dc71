using Preflight.Core.Rules.OptInForm;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.OptInForm;

public sealed class NoOptInFormRuleTests
{
    private static readonly NoOptInFormRule Rule = new();

    public static TheoryData<string> Compliant => new()
    {
        "optin-good.html",
        "optin-no-phone.html",
        "optin-formless.html",
        "optin-keyword.html",
        "optin-two-forms.html",
    };

    [Theory]
    [MemberData(nameof(Compliant))]
    public void Passes_when_the_page_has_a_consent_form_or_a_keyword_call_to_action(string file) =>
        RuleTester.Passes(Rule, Golden.Submission, Pages.OptIn(file));

    [Theory]
    [InlineData("optin-no-form.html")]
    [InlineData("optin-script-built.html")]
    [InlineData("website-good.html")]
    public void Fails_when_only_search_and_newsletter_forms_are_there(string file)
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.OptIn(file));
        var f = Assert.Single(r.Findings);
        Assert.Equal(Pages.OptInUrl, f.Evidence.Url);
        Assert.Equal("body", f.Evidence.Selector);
    }

    [Fact]
    public void Suggests_a_render_when_the_form_may_be_built_by_script()
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.OptIn("optin-script-built.html"));
        Assert.Contains("browser render", Assert.Single(r.Findings).Message);
    }
}

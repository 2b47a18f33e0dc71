using Preflight.Core.Rules.OptInForm;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.OptInForm;

public sealed class ForcedOptInRuleTests
{
    private static readonly ForcedOptInRule Rule = new();

    public static TheoryData<string> Compliant => new()
    {
        "optin-good.html",
        "optin-prechecked.html",
        "optin-wrapping-label.html",
        "optin-aria-label.html",
        "optin-two-forms.html",
        "optin-multipurpose-required-phone.html",
        "optin-no-form.html",
        "optin-keyword.html",
    };

    public static TheoryData<string, string> Defective => new()
    {
        { "optin-required.html", "#sms-consent" },
        { "optin-bundled.html", "#agree-all" },
        { "optin-terms-only.html", "#phone" },
    };

    [Theory]
    [MemberData(nameof(Compliant))]
    public void Passes_when_the_sms_checkbox_is_there_and_optional(string file) =>
        RuleTester.Passes(Rule, Golden.Submission, Pages.OptIn(file));

    [Theory]
    [MemberData(nameof(Defective))]
    public void Fails_when_the_checkbox_is_missing_or_required(string file, string selector)
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.OptIn(file));
        Assert.Contains(r.Findings, f => f.Evidence.Selector == selector);
    }

    [Fact]
    public void Says_how_the_checkbox_is_required()
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.OptIn("optin-required.html"));
        Assert.Contains("required attribute", Assert.Single(r.Findings).Message);
    }

    [Fact]
    public void Reads_aria_required_and_required_classes_too()
    {
        foreach (var attr in new[] { "aria-required=\"true\"", "class=\"wpcf7-validates-as-required\"", "data-parsley-required=\"true\"" })
        {
            var html = Pages.Html("optin-good.html").Replace("name=\"sms_consent\" value=\"yes\"", "name=\"sms_consent\" value=\"yes\" " + attr, StringComparison.Ordinal);
            RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Set(Pages.Served(Preflight.Core.Sites.SiteRoles.OptIn, Pages.OptInUrl, html)));
        }
    }
}

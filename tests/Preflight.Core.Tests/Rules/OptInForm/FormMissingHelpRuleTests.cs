using Preflight.Core.Rules.OptInForm;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.OptInForm;

public sealed class FormMissingHelpRuleTests
{
    [Fact]
    public void Fails_only_when_help_is_missing() => FormDisclosures.Check(new FormMissingHelpRule(), "optin-missing-help.html");

    [Fact]
    public void A_support_contact_beside_the_form_counts_as_help()
    {
        var html = Pages.Html("optin-missing-help.html").Replace("Reply STOP to cancel.", "Reply STOP to cancel. For help, call (303) 555-0142.", StringComparison.Ordinal);
        RuleTester.Passes(new FormMissingHelpRule(), Golden.Submission, Pages.Set(Pages.Served(Preflight.Core.Sites.SiteRoles.OptIn, Pages.OptInUrl, html)));
    }
}

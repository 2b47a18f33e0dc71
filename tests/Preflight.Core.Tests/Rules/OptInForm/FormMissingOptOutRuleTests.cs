using Preflight.Core.Engine;
using Preflight.Core.Rules.OptInForm;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.OptInForm;

public sealed class FormMissingOptOutRuleTests
{
    [Fact]
    public void Fails_only_when_opt_out_is_missing() => FormDisclosures.Check(new FormMissingOptOutRule(), "optin-missing-stop.html");

    [Theory]
    [InlineData("Txt STOP to quit.")]
    [InlineData("You can opt out at any time by replying STOP.")]
    [InlineData("Unsubscribe at any time by replying STOP.")]
    public void Accepts_common_opt_out_wordings(string wording)
    {
        var html = Pages.Html("optin-missing-stop.html").Replace("Reply HELP for help.", "Reply HELP for help. " + wording, StringComparison.Ordinal);
        RuleTester.Passes(new FormMissingOptOutRule(), Golden.Submission, Pages.Set(Pages.Served(Preflight.Core.Sites.SiteRoles.OptIn, Pages.OptInUrl, html)));
    }

    [Fact]
    public void Is_not_evaluated_when_the_page_has_no_opt_in_form() =>
        Assert.Equal(Outcome.NotEvaluated, RuleTester.Run(new FormMissingOptOutRule(), Golden.Submission, Pages.OptIn("optin-no-form.html")).Outcome);
}

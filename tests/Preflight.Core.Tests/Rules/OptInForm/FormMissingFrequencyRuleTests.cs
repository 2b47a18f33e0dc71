using Preflight.Core.Rules.OptInForm;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.OptInForm;

public sealed class FormMissingFrequencyRuleTests
{
    [Fact]
    public void Fails_only_when_the_frequency_is_missing() => FormDisclosures.Check(new FormMissingFrequencyRule(), "optin-missing-frequency.html");

    [Theory]
    [InlineData("up to 6 msgs/mo")]
    [InlineData("Message frequency may vary")]
    [InlineData("Recurring messages")]
    public void Accepts_common_frequency_wordings(string wording)
    {
        var html = Pages.Html("optin-good.html").Replace("Msg frequency varies, up to 4 msgs/mo.", wording + ".", StringComparison.Ordinal);
        RuleTester.Passes(new FormMissingFrequencyRule(), Golden.Submission, Pages.Set(Pages.Served(Preflight.Core.Sites.SiteRoles.OptIn, Pages.OptInUrl, html)));
    }
}

using Preflight.Core.Rules.Website;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.Website;

public sealed class MixedContentRuleTests
{
    private static readonly MixedContentRule Rule = new();

    [Fact]
    public void Passes_a_page_with_only_https_and_relative_resources() => RuleTester.Passes(Rule, Golden.Submission, Pages.OptIn("optin-good.html"));

    [Fact]
    public void Fails_on_http_scripts_and_images_but_not_the_canonical_link()
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.OptIn("optin-mixed-content.html"));
        Assert.Equal(2, r.Findings.Count);
        Assert.Contains(r.Findings, f => f.Evidence.Excerpt == "http://cdn.brightsmiledental.com/js/widget.js" && f.Evidence.Selector == "html > head > script:nth-of-type(3)");
        Assert.Contains(r.Findings, f => f.Evidence.Excerpt == "http://cdn.brightsmiledental.com/img/team.jpg" && f.Message.Contains("image", StringComparison.Ordinal));
    }
}

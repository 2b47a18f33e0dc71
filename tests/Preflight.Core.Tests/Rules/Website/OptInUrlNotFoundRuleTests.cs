using Preflight.Core.Engine;
using Preflight.Core.Rules.Website;
using Preflight.Core.Sites;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.Website;

public sealed class OptInUrlNotFoundRuleTests
{
    private static readonly OptInUrlNotFoundRule Rule = new();

    [Fact]
    public void Passes_a_page_that_loads() => RuleTester.Passes(Rule, Golden.Submission, Pages.OptIn("optin-good.html"));

    [Theory]
    [InlineData("dns", "no such host: www.brightsmiledentl.com")]
    [InlineData("connect", "connection refused")]
    [InlineData("timeout", "no answer in 10 s")]
    public void Fails_when_nothing_is_there(string kind, string error)
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Set(Pages.Failed(SiteRoles.OptIn, "https://www.brightsmiledentl.com/book", kind, error)));
        var f = Assert.Single(r.Findings);
        Assert.Equal("https://www.brightsmiledentl.com/book", f.Evidence.Url);
        Assert.Equal(error, f.Evidence.Excerpt);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(410)]
    [InlineData(503)]
    public void Fails_on_an_error_page(int status)
    {
        var site = Pages.Site(SiteRoles.OptIn, "optin-no-form.html", "/signup") with { Page = new PageEvidence { FinalUrl = Pages.Origin + "/signup", Status = status, Html = "<h1>Error</h1>" } };
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Set(site));
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(r.Findings).Message);
    }

    [Fact]
    public void Is_not_evaluated_when_gathering_was_refused() =>
        Assert.Equal(Outcome.NotEvaluated, RuleTester.Run(Rule, Golden.Submission,
            Pages.Set(Pages.Failed(SiteRoles.OptIn, "https://intranet.local/book", "private-address", "10.1.2.3 is private"))).Outcome);
}

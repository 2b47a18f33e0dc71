using Preflight.Core.Model;
using Preflight.Core.Rules.Website;
using Preflight.Core.Sites;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.Website;

public sealed class InsecureUrlSubmittedRuleTests
{
    private static readonly InsecureUrlSubmittedRule Rule = new();

    [Fact]
    public void Passes_the_golden_submission() => RuleTester.Passes(Rule, Golden.Submission);

    [Fact]
    public void Fails_an_http_privacy_link()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { PrivacyPolicyLink = "http://www.brightsmiledental.com/privacy" }), Fields.PrivacyPolicyLink);
        Assert.Equal("http://www.brightsmiledental.com/privacy", r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Fails_an_http_opt_in_link_in_the_message_flow()
    {
        var flow = Golden.Campaign.MessageFlow!.Replace("https://www.brightsmiledental.com/book", "http://brightsmiledental.com/book", StringComparison.Ordinal);
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { MessageFlow = flow }), Fields.MessageFlow);
        Assert.Equal("http://brightsmiledental.com/book", r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Fails_an_http_url_given_to_the_site_command()
    {
        var site = Pages.Served(SiteRoles.Unknown, "http://www.brightsmiledental.com/book", Pages.Html("optin-good.html"));
        var r = RuleTester.Fails(Rule, new Submission(), sites: Pages.Set(site));
        Assert.Equal("http://www.brightsmiledental.com/book", Assert.Single(r.Findings).Evidence.Url);
    }

    [Fact]
    public void Passes_a_bare_domain_written_without_scheme() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { TermsAndConditionsLink = "brightsmiledental.com/terms" }));
}

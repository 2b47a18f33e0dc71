using Preflight.Core.Engine;
using Preflight.Core.Html;
using Preflight.Core.Sites;

namespace Preflight.Core.Tests.Html;

public sealed class SiteAnalysisTests
{
    public static TheoryData<string, LoadState> Failures => new()
    {
        { "dns", LoadState.NoSuchDomain },
        { "connect", LoadState.Unreachable },
        { "timeout", LoadState.Unreachable },
        { "tls", LoadState.TlsFailed },
        { "redirect-loop", LoadState.RedirectProblem },
        { "too-many-redirects", LoadState.RedirectProblem },
        { "private-address", LoadState.NotGathered },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Maps_gatherer_errors_to_load_states(string kind, LoadState state)
    {
        var a = SiteAnalysis.For(Pages.Failed(SiteRoles.OptIn, Pages.OptInUrl, kind, "boom"));
        Assert.Equal(state, a.State);
        Assert.Null(a.Page);
        Assert.Empty(a.OptIn.Forms);
    }

    [Fact]
    public void A_page_cut_at_the_size_limit_still_counts_as_loaded()
    {
        var s = Pages.Site(SiteRoles.OptIn, "optin-good.html", "/book");
        s = s with { ErrorKind = "too-large", Page = s.Page! with { Truncated = true } };
        Assert.True(SiteAnalysis.For(s).Loaded);
    }

    [Fact]
    public void Prefers_the_rendered_dom_unless_the_render_was_skipped()
    {
        var s = Pages.Site(SiteRoles.OptIn, "optin-script-built.html", "/book");
        var rendered = s with { Render = new RenderEvidence { Html = Pages.Html("optin-good.html") } };
        var skipped = s with { Render = new RenderEvidence { Skipped = "chromium not installed", Html = Pages.Html("optin-good.html") } };
        Assert.NotNull(SiteAnalysis.For(rendered).OptIn.Primary);
        Assert.Null(SiteAnalysis.For(skipped).OptIn.Primary);
    }

    [Fact]
    public void Is_computed_once_per_evidence_within_one_rule_context()
    {
        var s = Pages.Site(SiteRoles.OptIn, "optin-good.html", "/book");
        var context = new RuleContext(Golden.Submission, sites: Pages.Set(s));
        Assert.Same(context.Site(s), context.Site(s));
        Assert.Same(context.Site(s).OptIn, context.Site(s).OptIn);
        // No memo outlives its context: another context analyses the evidence afresh.
        Assert.NotSame(context.Site(s), new RuleContext(Golden.Submission, sites: Pages.Set(s)).Site(s));
    }

    [Theory]
    [InlineData("optin-good.html", "/book", SiteRoles.OptIn)]
    [InlineData("privacy-good.html", "/privacy", SiteRoles.Privacy)]
    [InlineData("terms-good.html", "/terms", SiteRoles.Terms)]
    [InlineData("website-good.html", "/", SiteRoles.Unknown)]
    public void Guesses_what_an_unlabelled_page_is(string file, string path, string role) =>
        Assert.Equal(role, SiteRoleGuesser.Guess(Pages.Site(SiteRoles.Unknown, file, path)));
}

using Preflight.Core.Sites;

namespace Preflight.Gathering.Tests;

/// <summary>A fact that needs Chromium: skipped, saying so, when it is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (ChromiumRenderer.FindChromium(null) is null)
            Skip = "chromium is not installed (apt-get install chromium); the render tests need it";
    }
}

[Collection(FixtureSiteGroup.Name)]
public sealed class RenderTests
{
    private readonly FixtureSite _site;

    public RenderTests(FixtureSite site) => _site = site;

    [ChromiumFact]
    public async Task Checkbox_ticked_by_script_is_checked_in_the_render()
    {
        var e = await SiteGatherer.GatherAsync(_site.Https("good.preflight.test", "/scripted"), SiteRoles.OptIn,
            _site.Options() with { Render = true }, CancellationToken.None);
        Assert.DoesNotContain("checked", e.Page!.Html.Split("<script>")[0]); // the static HTML leaves it unticked
        var render = e.Render!;
        Assert.True(render.Skipped is null, render.Skipped);
        var consent = Assert.Single(render.Checkboxes, c => c.Selector == "#sms-consent");
        Assert.True(consent.Checked);
        Assert.False(consent.Required);
        Assert.Equal("Send me marketing texts from Acme Bakery", consent.Label);

        // A box the script added after load, required and labelled by wrapping.
        var terms = Assert.Single(render.Checkboxes, c => c.Selector != "#sms-consent");
        Assert.True(terms.Required);
        Assert.False(terms.Checked);
        Assert.Equal("I accept the terms", terms.Label);
        Assert.Equal("#later > label > input", terms.Selector);

        Assert.StartsWith("data:image/png;base64,iVBOR", render.Screenshot);
        Assert.True(render.Boxes["#sms-consent"].Width > 0);
        Assert.True(render.Boxes.ContainsKey("#signup"));
        Assert.Contains("I accept the terms", render.Html);
    }

    [ChromiumFact]
    public async Task Page_with_a_bad_certificate_still_renders_and_its_sub_requests_go_through_the_gatherer()
    {
        var e = await SiteGatherer.GatherAsync(_site.Https("selfsigned.preflight.test", "/optin"), SiteRoles.OptIn,
            _site.Options() with { Render = true }, CancellationToken.None);
        Assert.Equal([ChainStatuses.SelfSigned], e.Tls!.Problems);
        Assert.True(e.Render!.Skipped is null, e.Render.Skipped);
        Assert.False(Assert.Single(e.Render.Checkboxes).Checked);
        // Chromium resolved nothing itself: the fixture saw the page's stylesheet request come through the resolve override.
        Assert.True(_site.Hits.ContainsKey("selfsigned.preflight.test/static/site.css"));
    }

    [ChromiumFact]
    public async Task Renderer_refuses_private_addresses_like_the_fetcher()
    {
        var options = _site.Options(allowPrivate: false) with { Render = true };
        var fetcher = new HttpFetcher(options, new Connector(options));
        await using var renderer = new ChromiumRenderer(options, fetcher);
        var render = await renderer.RenderAsync(new Uri(_site.Https("good.preflight.test", "/optin")), CancellationToken.None);
        Assert.NotNull(render.Skipped);
        Assert.Contains("good.preflight.test", render.Skipped);
        Assert.Null(render.Screenshot);
        fetcher.Dispose();
    }

    [Fact]
    public async Task Without_chromium_the_render_is_skipped_and_the_rest_is_gathered()
    {
        var e = await SiteGatherer.GatherAsync(_site.Https("good.preflight.test", "/optin"), SiteRoles.OptIn,
            _site.Options() with { Render = true, ChromiumPath = "/nonexistent/chromium" }, CancellationToken.None);
        Assert.Equal("chromium not found at /nonexistent/chromium (install Debian's chromium package or give its path)", e.Render!.Skipped);
        Assert.Equal(200, e.Page!.Status);
        Assert.True(e.Tls!.Trusted);
    }
}

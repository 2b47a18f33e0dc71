using Preflight.Core.Sites;

namespace Preflight.Gathering.Tests;

[Collection(FixtureSiteGroup.Name)]
public sealed class FetchTests
{
    private readonly FixtureSite _site;

    public FetchTests(FixtureSite site) => _site = site;

    private Task<SiteEvidence> Gather(string url, GatherOptions? options = null) =>
        SiteGatherer.GatherAsync(url, SiteRoles.OptIn, options ?? _site.Options(), CancellationToken.None);

    [Fact]
    public async Task Good_page_is_fetched_with_headers_resources_and_dns()
    {
        var e = await Gather(_site.Https("good.preflight.test", "/optin"));
        Assert.Null(e.Error);
        Assert.Equal(SiteRoles.OptIn, e.Role);
        Assert.Equal(["127.0.0.1"], e.Dns!.Addresses);
        Assert.False(e.Dns.HostIsIpAddress);
        var page = e.Page!;
        Assert.Equal(200, page.Status);
        Assert.StartsWith("text/html", page.ContentType);
        Assert.Equal("text/html; charset=utf-8", page.Headers["content-type"]);
        Assert.Contains("id=\"sms-consent\"", page.Html);
        Assert.False(page.Truncated);
        Assert.Equal([new RedirectHop(_site.Https("good.preflight.test", "/optin"), 200, null)], e.Redirects);
        Assert.Contains(page.Resources, r => r.Kind == "script" && r.Url == _site.Https("good.preflight.test", "/static/app.js"));
        Assert.Contains(page.Resources, r => r.Kind == "css" && r.Url.EndsWith("/static/site.css"));
        Assert.Contains(page.Resources, r => r.Kind == "other" && r.Url.EndsWith("/favicon.ico"));
        Assert.Contains(page.Resources, r => r.Kind == "form-action" && r.Url == _site.Https("good.preflight.test", "/subscribe") && r.Selector == "#signup");
        Assert.DoesNotContain(page.Resources, r => r.Url.EndsWith("/optin")); // rel=canonical is a link, not a load
    }

    [Fact]
    public async Task Mixed_scripts_images_and_form_actions_are_listed_with_selectors()
    {
        var page = (await Gather(_site.Https("good.preflight.test", "/mixed"))).Page!;
        var http = page.Resources.Where(r => r.Url.StartsWith("http://")).ToList();
        Assert.Contains(http, r => r.Kind == "script" && r.Url == "http://cdn.preflight.test/tracker.js" && r.Selector == "html > head > script");
        Assert.Contains(http, r => r.Kind == "css" && r.Url == "http://cdn.preflight.test/site.css");
        Assert.Contains(http, r => r.Kind == "img" && r.Url == "http://img.preflight.test/hero.png" && r.Selector == "#hero");
        Assert.Contains(http, r => r.Kind == "img" && r.Url == "http://img.preflight.test/hero-2x.png");
        Assert.Contains(http, r => r.Kind == "img" && r.Url == "http://img.preflight.test/poster.jpg");
        Assert.Contains(http, r => r.Kind == "form-action" && r.Url == "http://forms.preflight.test/submit" && r.Selector == "body > form");
        Assert.Contains(http, r => r.Kind == "form-action" && r.Url == "http://forms.preflight.test/other");
        Assert.Contains(page.Resources, r => r.Kind == "iframe" && r.Url == "https://frames.preflight.test/embed");
        Assert.Contains(page.Resources, r => r.Kind == "img" && r.Url == _site.Https("good.preflight.test", "/hero-1x.png"));
        Assert.DoesNotContain(page.Resources, r => r.Url.Contains("elsewhere") || r.Url.StartsWith("data:"));
    }

    [Fact]
    public async Task Plain_http_that_redirects_to_https_is_recorded()
    {
        var e = await Gather(_site.Https("redirect.preflight.test"));
        Assert.True(e.HttpRedirectsToHttps);
        Assert.Null(e.HttpProbeError);
    }

    [Fact]
    public async Task Plain_http_that_serves_the_page_is_recorded()
    {
        var e = await Gather(_site.Https("noredirect.preflight.test"));
        Assert.False(e.HttpRedirectsToHttps);
    }

    [Fact]
    public async Task Closed_port_80_leaves_the_probe_unanswered()
    {
        var options = _site.Options() with { Resolve = _site.Overrides().Where(r => r.Port != 80).ToArray() };
        var e = await Gather(_site.Https("good.preflight.test"), options);
        Assert.Null(e.Error);
        Assert.Null(e.HttpRedirectsToHttps); // no override for port 80: *.preflight.test does not resolve
        Assert.NotNull(e.HttpProbeError);
    }

    [Fact]
    public async Task Http_url_that_redirects_to_https_probes_the_https_certificate()
    {
        var e = await Gather(_site.Http("redirect.preflight.test", "/optin"));
        Assert.Equal(2, e.Redirects.Count);
        Assert.Equal(301, e.Redirects[0].Status);
        Assert.Equal(_site.Https("redirect.preflight.test", "/optin"), e.Redirects[0].Location);
        Assert.Equal(_site.Https("redirect.preflight.test", "/optin"), e.Page!.FinalUrl);
        Assert.True(e.Tls!.Trusted);
        Assert.Equal("redirect.preflight.test", e.Tls.Host);
    }

    [Fact]
    public async Task Http_url_without_redirect_has_no_tls()
    {
        var e = await Gather(_site.Http("noredirect.preflight.test", "/optin"));
        Assert.Null(e.Tls);
        Assert.Equal(200, e.Page!.Status);
        Assert.Single(e.Redirects);
        Assert.False(e.HttpRedirectsToHttps);
    }

    [Fact]
    public async Task Redirect_chain_is_followed_hop_by_hop()
    {
        var e = await Gather(_site.Https("good.preflight.test", "/chain/3"));
        Assert.Null(e.Error);
        Assert.Equal([302, 302, 302, 302, 200], e.Redirects.Select(h => h.Status));
        Assert.Equal(_site.Https("good.preflight.test", "/chain/2"), e.Redirects[0].Location);
        Assert.Equal(_site.Https("good.preflight.test", "/"), e.Page!.FinalUrl);
    }

    [Fact]
    public async Task Relative_location_is_resolved_against_the_hop()
    {
        var e = await Gather(_site.Https("good.preflight.test", "/relative"));
        Assert.Equal(_site.Https("good.preflight.test", "/privacy"), e.Redirects[0].Location);
        Assert.Contains("Privacy Policy", e.Page!.Html);
    }

    [Fact]
    public async Task Thousand_redirects_stop_at_the_limit()
    {
        var e = await Gather(_site.Https("good.preflight.test", "/chain/1000"));
        Assert.Equal(GatherErrorKinds.TooManyRedirects, e.ErrorKind);
        Assert.Equal(11, e.Redirects.Count);
        Assert.Null(e.Page);
    }

    [Fact]
    public async Task Endless_redirects_stop_at_the_limit()
    {
        var e = await Gather(_site.Https("good.preflight.test", "/up/0"), _site.Options() with { MaxRedirects = 3 });
        Assert.Equal(GatherErrorKinds.TooManyRedirects, e.ErrorKind);
        Assert.Equal(4, e.Redirects.Count);
    }

    [Fact]
    public async Task Redirect_loop_is_detected()
    {
        var e = await Gather(_site.Https("good.preflight.test", "/loop/a"));
        Assert.Equal(GatherErrorKinds.RedirectLoop, e.ErrorKind);
        Assert.Equal(2, e.Redirects.Count);
        Assert.Equal(_site.Https("good.preflight.test", "/loop/a"), e.Redirects[^1].Location);
    }

    [Fact]
    public async Task Charset_from_the_header_decodes_the_page()
    {
        var e = await Gather(_site.Https("good.preflight.test", "/latin1"));
        Assert.Contains("Café Olé", e.Page!.Html);
    }

    [Fact]
    public async Task Charset_from_a_meta_tag_decodes_the_page()
    {
        var e = await Gather(_site.Https("good.preflight.test", "/meta-charset"));
        Assert.Contains("Crème brûlée", e.Page!.Html);
    }

    [Fact]
    public async Task Missing_page_is_recorded_with_its_status()
    {
        var e = await Gather(_site.Https("good.preflight.test", "/nothing-here"));
        Assert.Null(e.Error);
        Assert.Equal(404, e.Page!.Status);
    }

    [Theory]
    [InlineData("ftp://good.preflight.test/")]
    [InlineData("not a url at all")]
    [InlineData("")]
    public async Task Address_that_is_not_a_web_address_is_reported(string url)
    {
        var e = await Gather(url);
        Assert.Equal(GatherErrorKinds.InvalidUrl, e.ErrorKind);
    }

    [Fact]
    public async Task Unknown_host_is_a_dns_error()
    {
        var e = await Gather("https://no-such-host.invalid/");
        Assert.Equal(GatherErrorKinds.Dns, e.ErrorKind);
        Assert.NotNull(e.Dns!.Error);
    }

    [Fact]
    public async Task Url_without_scheme_is_taken_as_https()
    {
        var e = await Gather($"good.preflight.test:{_site.HttpsPort}/privacy");
        Assert.Equal(_site.Https("good.preflight.test", "/privacy"), e.Page!.FinalUrl);
    }
}

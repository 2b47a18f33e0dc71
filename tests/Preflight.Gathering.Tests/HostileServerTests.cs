using System.Diagnostics;
using Preflight.Core.Sites;

namespace Preflight.Gathering.Tests;

[Collection(FixtureSiteGroup.Name)]
public sealed class HostileServerTests
{
    private readonly FixtureSite _site;

    public HostileServerTests(FixtureSite site) => _site = site;

    [Fact]
    public async Task Endless_body_stops_at_the_byte_cap()
    {
        var options = _site.Options() with { MaxBodyBytes = 256 * 1024 };
        var watch = Stopwatch.StartNew();
        var e = await SiteGatherer.GatherAsync(_site.Https("good.preflight.test", "/endless"), SiteRoles.OptIn, options, CancellationToken.None);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.True(e.Page!.Truncated);
        Assert.Equal(256 * 1024, e.Page.Html.Length); // ASCII: one char a byte
        Assert.Null(e.ErrorKind);
    }

    [Fact]
    public async Task Body_that_trickles_forever_stops_at_the_timeout()
    {
        var options = _site.Options() with { ReadTimeout = TimeSpan.FromMilliseconds(1500), TotalTimeout = TimeSpan.FromSeconds(3), ProbeHttp = false };
        var watch = Stopwatch.StartNew();
        var e = await SiteGatherer.GatherAsync(_site.Https("good.preflight.test", "/trickle"), SiteRoles.OptIn, options, CancellationToken.None);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(6), $"took {watch.Elapsed}");
        Assert.Equal(GatherErrorKinds.Timeout, e.ErrorKind);
        Assert.True(e.Page!.Truncated);
        Assert.StartsWith("<", e.Page.Html);
    }

    [Fact]
    public async Task Server_that_accepts_and_never_answers_times_out()
    {
        var options = _site.Options() with { ReadTimeout = TimeSpan.FromSeconds(1), ProbeHttp = false };
        var watch = Stopwatch.StartNew();
        var e = await SiteGatherer.GatherAsync($"http://hang.preflight.test:{_site.HangPort}/", SiteRoles.OptIn, options, CancellationToken.None);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4), $"took {watch.Elapsed}");
        Assert.Equal(GatherErrorKinds.Timeout, e.ErrorKind);
        Assert.Null(e.Page);
    }

    [Fact]
    public async Task Cancellation_ends_a_gather_at_once()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var options = _site.Options() with { ReadTimeout = TimeSpan.FromSeconds(30), TotalTimeout = TimeSpan.FromSeconds(60), ProbeHttp = false };
        var watch = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            SiteGatherer.GatherAsync($"http://hang.preflight.test:{_site.HangPort}/", SiteRoles.OptIn, options, cts.Token));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Many_hostile_urls_at_once_keep_memory_bounded()
    {
        var options = _site.Options() with { MaxBodyBytes = 512 * 1024, ReadTimeout = TimeSpan.FromSeconds(1), TotalTimeout = TimeSpan.FromSeconds(8), MaxParallel = 16, ProbeHttp = false };
        var targets = Enumerable.Range(0, 40).Select(i => new CrawlTarget(
            (i % 4) switch
            {
                0 => _site.Https("good.preflight.test", $"/endless?n={i}"),
                1 => _site.Https("good.preflight.test", $"/chain/1000?n={i}"),
                2 => $"http://hang.preflight.test:{_site.HangPort}/?n={i}",
                _ => _site.Https("good.preflight.test", $"/loop/a?n={i}"),
            }, SiteRoles.Unknown)).ToList();
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        var watch = Stopwatch.StartNew();
        var set = await SiteGatherer.GatherAllAsync(targets, options, null, CancellationToken.None);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.Equal(40, set.Sites.Count);
        Assert.All(set.Sites.Where((_, i) => i % 4 == 0), s => Assert.True(s.Page!.Truncated));
        Assert.All(set.Sites.Where((_, i) => i % 4 == 2), s => Assert.Equal(GatherErrorKinds.Timeout, s.ErrorKind));
        var retained = GC.GetTotalMemory(true) - before;
        GC.KeepAlive(set);
        // Ten truncated pages of 512 KiB (as UTF-16 strings, ~1 MiB each) are what is kept; nothing grows beyond.
        Assert.True(retained < 64L * 1024 * 1024, $"retained {retained / 1024 / 1024} MiB");
    }
}

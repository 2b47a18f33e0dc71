using System.Diagnostics;
using Preflight.Core.Sites;
using Xunit.Abstractions;

namespace Preflight.Gathering.Tests;

/// <summary>
/// Static gathering of a loopback site: the opt-in page reached through an http→https redirect, the privacy policy
/// and the terms, each with its TLS probe and http:// probe. The bounds here are loose (debug builds, shared CI
/// machines); the figures are written to the test output for docs/performance.md.
/// </summary>
[Collection(FixtureSiteGroup.Name)]
public sealed class SpeedTests
{
    private readonly FixtureSite _site;
    private readonly ITestOutputHelper _output;

    public SpeedTests(FixtureSite site, ITestOutputHelper output)
    {
        _site = site;
        _output = output;
    }

    private CrawlTarget[] Site(int n) =>
    [
        new(_site.Http("redirect.preflight.test", $"/optin?site={n}"), SiteRoles.OptIn),
        new(_site.Https("good.preflight.test", $"/privacy?site={n}"), SiteRoles.Privacy),
        new(_site.Https("good.preflight.test", $"/terms?site={n}"), SiteRoles.Terms),
    ];

    [Fact]
    public async Task One_site_is_gathered_well_under_the_budget()
    {
        var options = _site.Options();
        for (var i = 0; i < 5; i++) await SiteGatherer.GatherAllAsync(Site(i), options, null, CancellationToken.None); // warm up
        var times = new List<double>();
        for (var i = 0; i < 40; i++)
        {
            var watch = Stopwatch.StartNew();
            var set = await SiteGatherer.GatherAllAsync(Site(i), options, null, CancellationToken.None);
            times.Add(watch.Elapsed.TotalMilliseconds);
            Assert.All(set.Sites, s => Assert.Null(s.Error));
            Assert.True(set.Sites[0].Tls!.Trusted);
        }
        times.Sort();
        var median = times[times.Count / 2];
        _output.WriteLine($"one site (TLS + redirect + opt-in + privacy + terms, fresh connections): median {median:0.0} ms, p90 {times[(int)(times.Count * 0.9)]:0.0} ms, min {times[0]:0.0} ms");
        Assert.True(median < 500, $"median {median:0.0} ms");
    }

    [Fact]
    public async Task Hundred_sites_at_once_finish_with_bounded_memory()
    {
        var options = _site.Options() with { TotalTimeout = TimeSpan.FromSeconds(30), ReadTimeout = TimeSpan.FromSeconds(10), ConnectTimeout = TimeSpan.FromSeconds(10) };
        await SiteGatherer.GatherAllAsync(Site(-1), options, null, CancellationToken.None);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(true);
        long peak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                try { await Task.Delay(5, sampling.Token); } catch (OperationCanceledException) { }
            }
        });
        var watch = Stopwatch.StartNew();
        var sets = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => SiteGatherer.GatherAllAsync(Site(1000 + i), options, null, CancellationToken.None)));
        watch.Stop();
        await sampling.CancelAsync();
        await sampler;
        Assert.All(sets.SelectMany(s => s.Sites), s => Assert.Null(s.Error));
        var retained = GC.GetTotalMemory(true) - before;
        GC.KeepAlive(sets);
        _output.WriteLine($"100 sites at once (300 URLs, 100 gatherers): {watch.Elapsed.TotalMilliseconds:0} ms wall, "
            + $"managed heap peak +{(peak - before) / 1024.0 / 1024:0.0} MiB (server included), evidence kept {retained / 1024.0 / 1024:0.0} MiB, "
            + $"process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024:0} MiB");
        Assert.True(peak - before < 512L * 1024 * 1024, $"peak +{(peak - before) / 1024 / 1024} MiB");
    }
}

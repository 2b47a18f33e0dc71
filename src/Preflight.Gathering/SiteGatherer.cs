using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using Preflight.Core.Sites;

namespace Preflight.Gathering;

/// <summary>A URL to gather and what it is to the submission (one of <see cref="SiteRoles"/>).</summary>
public sealed record CrawlTarget(string Url, string Role);

/// <summary>Progress of a batch: how many URLs are done, and the one that just finished.</summary>
public sealed record GatherProgress(int Done, int Total, string Url, string? ErrorKind);

/// <summary>
/// Gathers raw facts about web addresses: DNS, the TLS handshake and chain, every redirect hop, whether http://
/// redirects to https://, the page and what it references, and optionally a real-browser render. The only part of
/// Preflight that touches the network; every step is bounded by <see cref="GatherOptions"/> and the token.
/// One instance keeps a connection pool (and a browser when rendering): reuse it for a crawl, then dispose it.
/// </summary>
public sealed class SiteGatherer : IAsyncDisposable, IDisposable
{
    private readonly GatherOptions _options;
    private readonly Connector _connector;
    private readonly HttpFetcher _fetcher;
    private readonly TlsProbe _tls;
    private readonly ChromiumRenderer _renderer;

    public SiteGatherer(GatherOptions? options = null)
    {
        _options = options ?? new GatherOptions();
        _connector = new Connector(_options);
        _fetcher = new HttpFetcher(_options, _connector);
        _tls = new TlsProbe(_options, _connector);
        _renderer = new ChromiumRenderer(_options, _fetcher);
    }

    public GatherOptions Options => _options;

    /// <summary>Gathers one URL with a one-off gatherer.</summary>
    public static async Task<SiteEvidence> GatherAsync(string url, string role, GatherOptions options, CancellationToken ct)
    {
        var gatherer = new SiteGatherer(options);
        await using (gatherer.ConfigureAwait(false))
            return await gatherer.GatherAsync(url, role, ct).ConfigureAwait(false);
    }

    /// <summary>Gathers many URLs with a one-off gatherer; see <see cref="GatherAllAsync(IEnumerable{CrawlTarget}, IProgress{GatherProgress}?, CancellationToken)"/>.</summary>
    public static async Task<SiteEvidenceSet> GatherAllAsync(IEnumerable<CrawlTarget> targets, GatherOptions options,
        IProgress<GatherProgress>? progress, CancellationToken ct)
    {
        var gatherer = new SiteGatherer(options);
        await using (gatherer.ConfigureAwait(false))
            return await gatherer.GatherAllAsync(targets, progress, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Gathers every target, at most <see cref="GatherOptions.MaxParallel"/> at once. A URL named twice (say as the
    /// website and the opt-in page) is fetched once and reported under each role, in the order given.
    /// </summary>
    public async Task<SiteEvidenceSet> GatherAllAsync(IEnumerable<CrawlTarget> targets, IProgress<GatherProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var list = targets.ToList();
        var unique = list.Select(t => t.Url).Distinct(StringComparer.Ordinal).ToList();
        var results = new ConcurrentDictionary<string, SiteEvidence>(StringComparer.Ordinal);
        var done = 0;
        await Parallel.ForEachAsync(unique, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxParallel), CancellationToken = ct },
            async (url, token) =>
            {
                var evidence = await GatherAsync(url, SiteRoles.Unknown, token).ConfigureAwait(false);
                results[url] = evidence;
                progress?.Report(new GatherProgress(Interlocked.Increment(ref done), unique.Count, url, evidence.ErrorKind));
            }).ConfigureAwait(false);
        return new SiteEvidenceSet { Sites = list.Select(t => results[t.Url] with { Role = t.Role }).ToArray() };
    }

    /// <summary>Gathers one URL. Never throws for what a site does (errors are recorded); only for cancellation.</summary>
    public async Task<SiteEvidence> GatherAsync(string url, string role, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        var at = _options.TimeProvider.GetUtcNow();
        var evidence = new SiteEvidence { Url = url, Role = role, GatheredAt = at };
        if (!TryParse(url, out var uri))
            return evidence with { Error = $"'{url}' is not an http:// or https:// address", ErrorKind = GatherErrorKinds.InvalidUrl };

        using var total = CancellationTokenSource.CreateLinkedTokenSource(ct);
        total.CancelAfter(_options.TotalTimeout);
        var sofar = new StrongBox<SiteEvidence>(evidence);
        try
        {
            evidence = await GatherCoreAsync(sofar, uri, total.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // Keep what was gathered before time ran out.
            evidence = sofar.Value! with
            {
                Error = $"{uri} took longer than {_options.TotalTimeout.TotalSeconds:0.#} s in all",
                ErrorKind = GatherErrorKinds.Timeout,
            };
        }
        if (!_options.Render) return evidence;
        // The render has its own time limit (RenderTimeout), apart from the static gathering's.
        return evidence with
        {
            Render = evidence.Redirects.Count > 0 && evidence.ErrorKind is not GatherErrorKinds.PrivateAddress
                ? await _renderer.RenderAsync(uri, ct).ConfigureAwait(false)
                : new RenderEvidence { Skipped = $"not rendered: the page could not be fetched ({evidence.ErrorKind})" },
        };
    }

    private async Task<SiteEvidence> GatherCoreAsync(StrongBox<SiteEvidence> sofar, Uri uri, CancellationToken ct)
    {
        var evidence = sofar.Value!;
        var host = uri.IdnHost;
        var isIp = uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6;
        IReadOnlyList<IPAddress> addresses;
        try
        {
            addresses = await _connector.ResolveAsync(host, uri.Port, ct).ConfigureAwait(false);
        }
        catch (GatherException e)
        {
            return evidence with { Dns = new DnsEvidence(host, isIp, [], e.Message), Error = e.Message, ErrorKind = e.Kind };
        }
        evidence = sofar.Value = evidence with { Dns = new DnsEvidence(host, isIp, addresses.Select(a => a.ToString()).ToArray(), null) };
        // A quick answer for the common case; the connector checks again on every connection it opens.
        if (_connector.Allowed(addresses).Count == 0)
            return evidence with { Error = Connector.RefusalMessage(host, addresses), ErrorKind = GatherErrorKinds.PrivateAddress };

        var https = uri.Scheme == Uri.UriSchemeHttps;
        var fetch = _fetcher.FollowAsync(uri, readBody: true, ct);
        var tls = https ? ProbeTlsAsync(uri, ct) : null;
        var probe = https && _options.ProbeHttp ? _fetcher.FollowAsync(new Uri($"http://{uri.Host}/"), readBody: false, ct) : null;
        if (!https && _options.ProbeHttp && uri.Port != 80)
            probe = _fetcher.FollowAsync(new Uri($"http://{uri.Host}/"), readBody: false, ct);

        FetchResult result;
        try
        {
            result = await fetch.ConfigureAwait(false);
            evidence = sofar.Value = evidence with { Redirects = result.Hops, Page = result.Page, Error = result.Error, ErrorKind = result.ErrorKind };
            if (tls is null)
            {
                // Plain http:// given: judge the certificate of the first https:// address the redirects reach.
                var firstHttps = result.Hops.Select(h => h.Location).FirstOrDefault(l => l?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ?? false);
                if (firstHttps is not null && Uri.TryCreate(firstHttps, UriKind.Absolute, out var target)) tls = ProbeTlsAsync(target, ct);
            }
            if (tls is not null) evidence = sofar.Value = evidence with { Tls = await tls.ConfigureAwait(false) };
        }
        catch
        {
            // Time ran out: the other probes end with the same token; observe them so nothing is left unobserved.
            Observe(tls);
            Observe(probe);
            throw;
        }

        if (probe is not null)
        {
            var p = await probe.ConfigureAwait(false);
            evidence = p.Hops.Count == 0
                ? evidence with { HttpProbeError = p.Error }
                : evidence with { HttpRedirectsToHttps = p.ReachedHttps, HttpProbeError = p.Error };
        }
        else if (!https && uri.Port == 80)
        {
            evidence = evidence with { HttpRedirectsToHttps = result.Hops.Count > 0 ? result.ReachedHttps : null };
        }
        return evidence;
    }

    private static void Observe(Task? task) =>
        task?.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    private async Task<TlsEvidence?> ProbeTlsAsync(Uri uri, CancellationToken ct)
    {
        try
        {
            return await _tls.ProbeAsync(uri.IdnHost, uri.Port, ct).ConfigureAwait(false);
        }
        catch (GatherException)
        {
            return null; // no connection, so no TLS fact: the fetch records why
        }
    }

    /// <summary>Parses a URL as given in a submission: a missing scheme means https.</summary>
    public static bool TryParse(string url, out Uri uri)
    {
        uri = null!;
        if (string.IsNullOrWhiteSpace(url)) return false;
        var text = url.Trim();
        if (!text.Contains("://", StringComparison.Ordinal)) text = "https://" + text;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var u) || (u.Scheme != Uri.UriSchemeHttp && u.Scheme != Uri.UriSchemeHttps) || u.Host.Length == 0)
            return false;
        uri = u;
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync().ConfigureAwait(false);
        _fetcher.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}

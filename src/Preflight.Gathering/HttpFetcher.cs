using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Net.Sockets;
using Preflight.Core.Sites;

namespace Preflight.Gathering;

/// <summary>What following one URL produced: every hop, and the final response's page when one was read.</summary>
internal sealed record FetchResult(IReadOnlyList<RedirectHop> Hops, PageEvidence? Page, string? Error, string? ErrorKind)
{
    public bool ReachedHttps => Hops.Any(h => h.Url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                                              || (h.Location?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ?? false));
}

/// <summary>
/// Follows redirects one hop at a time through an <see cref="HttpClient"/> whose every connection goes through the
/// <see cref="Connector"/> (address policy, resolve overrides) and which never follows redirects or proxies by itself.
/// </summary>
internal sealed class HttpFetcher : IDisposable
{
    private readonly GatherOptions _options;
    private readonly HttpClient _http;

    public HttpFetcher(GatherOptions options, Connector connector)
    {
        _options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false, // a proxy would connect on our behalf, out of the address policy's reach
            AutomaticDecompression = DecompressionMethods.All, // the body cap counts decompressed bytes
            ConnectTimeout = options.ConnectTimeout,
            MaxResponseHeadersLength = 64,
            MaxResponseDrainSize = 64 * 1024,
            ResponseDrainTimeout = TimeSpan.FromSeconds(1),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(20),
            ConnectCallback = async (context, ct) =>
            {
                var socket = await connector.ConnectAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, ct).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            },
            SslOptions = new SslClientAuthenticationOptions
            {
                // The TLS probe judges certificates; the page is fetched whatever they are, so rules can read it too.
#pragma warning disable CA5359 // Accepting is deliberate: a bad certificate is evidence to record, not a reason to look away.
                RemoteCertificateValidationCallback = static (_, _, _, _) => true,
#pragma warning restore CA5359
                CertificateRevocationCheckMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck,
                CertificateChainPolicy = TlsProbe.StrictPolicy(options),
            },
        };
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>The client, for the renderer to fetch through the same policy.</summary>
    public HttpClient Client => _http;

    public void Dispose() => _http.Dispose();

    /// <summary>Follows <paramref name="start"/> hop by hop; reads the final body when <paramref name="readBody"/>.</summary>
    public async Task<FetchResult> FollowAsync(Uri start, bool readBody, CancellationToken ct)
    {
        var hops = new List<RedirectHop>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var url = start;
        for (var redirects = 0; ; redirects++)
        {
            seen.Add(url.AbsoluteUri);
            HttpResponseMessage response;
            try
            {
                response = await SendAsync(HttpMethod.Get, url, null, ct).ConfigureAwait(false);
            }
            catch (GatherException e)
            {
                return new FetchResult(hops, null, e.Message, e.Kind);
            }
            using (response)
            {
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(url, location);
                    hops.Add(new RedirectHop(url.AbsoluteUri, status, next.AbsoluteUri));
                    if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
                        return new FetchResult(hops, null, $"{url} redirects to {next}, which is not a web address", GatherErrorKinds.Http);
                    if (seen.Contains(next.AbsoluteUri))
                        return new FetchResult(hops, null, $"the redirects loop: {next} was already visited", GatherErrorKinds.RedirectLoop);
                    if (redirects + 1 > _options.MaxRedirects)
                        return new FetchResult(hops, null, $"more than {_options.MaxRedirects} redirects", GatherErrorKinds.TooManyRedirects);
                    url = next;
                    continue;
                }
                hops.Add(new RedirectHop(url.AbsoluteUri, status, null));
                if (!readBody) return new FetchResult(hops, null, null, null);
                var (page, error, kind) = await ReadPageAsync(url, response, ct).ConfigureAwait(false);
                return new FetchResult(hops, page, error, kind);
            }
        }
    }

    /// <summary>Sends one request and waits (at most the read timeout) for the response headers.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri url, Action<HttpRequestMessage>? configure, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        request.Headers.TryAddWithoutValidation("Accept-Language", "en-US,en;q=0.9");
        configure?.Invoke(request);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(_options.ReadTimeout);
        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new GatherException(GatherErrorKinds.Timeout, $"{url} did not answer within {_options.ReadTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            throw Translate(url, e);
        }
    }

    private static GatherException Translate(Uri url, HttpRequestException e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
            if (inner is GatherException g) return g;
        var kind = e.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => GatherErrorKinds.Dns,
            HttpRequestError.ConnectionError => GatherErrorKinds.Connect,
            HttpRequestError.SecureConnectionError => GatherErrorKinds.Tls,
            _ => GatherErrorKinds.Http,
        };
        var innermost = (Exception)e;
        while (innermost.InnerException is not null) innermost = innermost.InnerException;
        var detail = ReferenceEquals(innermost, e) ? e.Message : $"{e.Message} ({innermost.Message})";
        return new GatherException(kind, $"{url}: {detail}", e);
    }

    private async Task<(PageEvidence Page, string? Error, string? Kind)> ReadPageAsync(Uri url, HttpResponseMessage response, CancellationToken ct)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var h in response.Headers) headers[h.Key.ToLowerInvariant()] = string.Join(", ", h.Value);
        foreach (var h in response.Content.Headers) headers[h.Key.ToLowerInvariant()] = string.Join(", ", h.Value);
        var contentType = response.Content.Headers.ContentType;
        var page = new PageEvidence
        {
            FinalUrl = url.AbsoluteUri,
            Status = (int)response.StatusCode,
            ContentType = contentType?.ToString(),
            Headers = headers,
        };
        if (!IsText(contentType)) return (page, null, null);

        var body = await ReadCappedAsync(response, _options.MaxBodyBytes, ct).ConfigureAwait(false);
        var html = TextDecoding.Decode(body.Bytes, contentType?.CharSet);
        page = page with
        {
            Html = html,
            Truncated = body.Truncated,
            Resources = PageResources.Find(html, url),
        };
        return (page, body.Error, body.ErrorKind);
    }

    private static bool IsText(MediaTypeHeaderValue? type)
    {
        var m = type?.MediaType;
        return m is null || m.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
               || m.Contains("html", StringComparison.OrdinalIgnoreCase) || m.Contains("xml", StringComparison.OrdinalIgnoreCase);
    }

    internal sealed record Body(byte[] Bytes, bool Truncated, string? Error, string? ErrorKind);

    /// <summary>
    /// Reads at most <paramref name="cap"/> bytes, waiting at most the read timeout for each chunk; a body that is
    /// longer, endless or too slow ends truncated with what arrived.
    /// </summary>
    public async Task<Body> ReadCappedAsync(HttpResponseMessage response, int cap, CancellationToken ct)
    {
        var declared = response.Content.Headers.ContentLength;
        using var buffer = new MemoryStream(declared is > 0 ? (int)Math.Min(declared.Value, cap) : 16 * 1024);
        var chunk = new byte[16 * 1024];
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(ct);
        try
        {
            idle.CancelAfter(_options.ReadTimeout);
            var stream = await response.Content.ReadAsStreamAsync(idle.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    idle.CancelAfter(_options.ReadTimeout);
                    var want = (int)Math.Min(chunk.Length, cap - buffer.Length + 1);
                    var n = await stream.ReadAsync(chunk.AsMemory(0, want), idle.Token).ConfigureAwait(false);
                    if (n == 0) return new Body(buffer.ToArray(), false, null, null);
                    var room = (int)(cap - buffer.Length);
                    if (n > room)
                    {
                        buffer.Write(chunk, 0, room);
                        return new Body(buffer.ToArray(), true, null, null);
                    }
                    buffer.Write(chunk, 0, n);
                }
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested || buffer.Length > 0)
        {
            if (ct.IsCancellationRequested && buffer.Length == 0) throw;
            var why = ct.IsCancellationRequested ? "the time allowed for this URL ran out" : $"no data for {_options.ReadTimeout.TotalSeconds:0.#} s";
            return new Body(buffer.ToArray(), true, $"{response.RequestMessage?.RequestUri}: the body stopped arriving ({why}); kept the first {buffer.Length} bytes", GatherErrorKinds.Timeout);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or SocketException)
        {
            return new Body(buffer.ToArray(), true, $"{response.RequestMessage?.RequestUri}: the body broke off: {e.Message}", GatherErrorKinds.Http);
        }
    }
}

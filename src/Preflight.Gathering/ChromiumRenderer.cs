using System.Text.Json;
using Microsoft.Playwright;
using Preflight.Core.Sites;

namespace Preflight.Gathering;

/// <summary>
/// Renders pages in headless Chromium (Debian's <c>chromium</c>, driven by Playwright) to see what scripts build:
/// the DOM after load, each checkbox's real state, element boxes and a full-page screenshot.
/// Every request the page makes is fetched by the gatherer's own client (same address policy, resolve overrides
/// and size caps); Chromium itself resolves no host and reaches no server.
/// </summary>
internal sealed class ChromiumRenderer : IAsyncDisposable
{
    private const int MaxScreenshotHeight = 8000;
    private const int MaxRenderedChars = 3_000_000;

    private static readonly string[] KnownPaths =
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    private static readonly HashSet<string> SkippedRequestHeaders = new(StringComparer.OrdinalIgnoreCase)
        { "host", "connection", "content-length", "accept-encoding", "keep-alive", "transfer-encoding", "upgrade", "proxy-connection" };

    private static readonly HashSet<string> SkippedResponseHeaders = new(StringComparer.OrdinalIgnoreCase)
        { "content-encoding", "content-length", "transfer-encoding", "connection", "keep-alive" };

    private readonly GatherOptions _options;
    private readonly HttpFetcher _fetcher;
    private readonly SemaphoreSlim _launch = new(1, 1);
    private readonly SemaphoreSlim _pages;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _launchError;

    public ChromiumRenderer(GatherOptions options, HttpFetcher fetcher)
    {
        _options = options;
        _fetcher = fetcher;
        _pages = new SemaphoreSlim(Math.Clamp(options.MaxParallel, 1, 4));
    }

    /// <summary>The executable that would be used, or null when none is installed.</summary>
    public static string? FindChromium(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return File.Exists(configured) ? configured : null;
        var fromEnv = Environment.GetEnvironmentVariable("PREFLIGHT_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(fromEnv) && File.Exists(fromEnv)) return fromEnv;
        return KnownPaths.FirstOrDefault(File.Exists);
    }

    public async Task<RenderEvidence> RenderAsync(Uri url, CancellationToken ct)
    {
        var path = FindChromium(_options.ChromiumPath);
        if (path is null)
            return new RenderEvidence
            {
                Skipped = $"chromium not found at {_options.ChromiumPath ?? string.Join(", ", KnownPaths)} (install Debian's chromium package or give its path)",
            };
        var browser = await EnsureBrowserAsync(path, ct).ConfigureAwait(false);
        if (browser is null) return new RenderEvidence { Skipped = _launchError };

        await _pages.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await RenderPageAsync(browser, url, ct).ConfigureAwait(false);
        }
        finally
        {
            _pages.Release();
        }
    }

    private async Task<RenderEvidence> RenderPageAsync(IBrowser browser, Uri url, CancellationToken ct)
    {
        var refused = new List<string>();
        var timeoutMs = (float)_options.RenderTimeout.TotalMilliseconds;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            IgnoreHTTPSErrors = true, // the TLS probe judges certificates; the render only needs the page
            ServiceWorkers = ServiceWorkerPolicy.Block,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            UserAgent = _options.UserAgent,
            AcceptDownloads = false,
        }).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
            deadline.CancelAfter(_options.RenderTimeout);
            // Playwright calls take no token: closing the context ends whatever is waiting.
            await using var closeOnCancel = deadline.Token.Register(() => _ = context.CloseAsync()).ConfigureAwait(false);
            context.SetDefaultTimeout(timeoutMs);
            context.SetDefaultNavigationTimeout(timeoutMs);
            await context.RouteAsync("**/*", route => FulfillAsync(route, refused, deadline.Token)).ConfigureAwait(false);
            try
            {
                var page = await context.NewPageAsync().ConfigureAwait(false);
                await page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
                try
                {
                    // Forms built after load (frameworks, consent widgets) get a short moment to appear.
                    await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new PageWaitForLoadStateOptions { Timeout = 2000 }).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                }
                var facts = await page.EvaluateAsync<JsonElement>(CollectScript).ConfigureAwait(false);
                var checkboxes = new List<CheckboxState>();
                var boxes = new Dictionary<string, ElementBox>(StringComparer.Ordinal);
                foreach (var c in facts.GetProperty("checkboxes").EnumerateArray())
                {
                    var selector = c.GetProperty("selector").GetString() ?? "";
                    checkboxes.Add(new CheckboxState(selector, c.GetProperty("checked").GetBoolean(), c.GetProperty("required").GetBoolean(),
                        c.GetProperty("label").ValueKind == JsonValueKind.String ? c.GetProperty("label").GetString() : null));
                    boxes[selector] = Box(c.GetProperty("box"));
                }
                foreach (var f in facts.GetProperty("forms").EnumerateArray())
                    boxes.TryAdd(f.GetProperty("selector").GetString() ?? "", Box(f.GetProperty("box")));
                // Everything else a rule may point at: fields, labels, the blocks around them, text blocks, images.
                foreach (var e in facts.GetProperty("elements").EnumerateArray())
                    boxes.TryAdd(e.GetProperty("selector").GetString() ?? "", Box(e.GetProperty("box")));
                var height = facts.GetProperty("height").GetDouble();

                var shot = await page.ScreenshotAsync(new PageScreenshotOptions
                {
                    FullPage = true,
                    Type = ScreenshotType.Png,
                    Clip = height > MaxScreenshotHeight ? new Clip { X = 0, Y = 0, Width = 1280, Height = MaxScreenshotHeight } : null,
                }).ConfigureAwait(false);
                var html = await page.ContentAsync().ConfigureAwait(false);
                if (html.Length > MaxRenderedChars) html = html[..MaxRenderedChars];
                return new RenderEvidence
                {
                    Html = html,
                    Checkboxes = checkboxes,
                    Boxes = boxes,
                    Screenshot = "data:image/png;base64," + Convert.ToBase64String(shot),
                };
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                var why = ct.IsCancellationRequested ? "the crawl was cancelled"
                    : deadline.IsCancellationRequested || e is TimeoutException ? $"the page did not render within {_options.RenderTimeout.TotalSeconds:0.#} s"
                    : FirstLine(e.Message);
                ct.ThrowIfCancellationRequested();
                if (refused.Count > 0) why += $"; refused: {string.Join(", ", refused.Take(5))}";
                return new RenderEvidence { Skipped = $"render failed: {why}" };
            }
        }
    }

    private async Task FulfillAsync(IRoute route, List<string> refused, CancellationToken ct)
    {
        var request = route.Request;
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            await route.AbortAsync("blockedbyclient").ConfigureAwait(false);
            return;
        }
        try
        {
            var headers = await request.AllHeadersAsync().ConfigureAwait(false);
            var body = request.PostDataBuffer;
            using var response = await _fetcher.SendAsync(new HttpMethod(request.Method), url, message =>
            {
                if (body is not null) message.Content = new ByteArrayContent(body);
                foreach (var (name, value) in headers)
                {
                    if (SkippedRequestHeaders.Contains(name) || name.StartsWith(':')) continue;
                    if (name.StartsWith("content-", StringComparison.OrdinalIgnoreCase))
                    {
                        message.Content?.Headers.TryAddWithoutValidation(name, value);
                        continue;
                    }
                    try
                    {
                        message.Headers.Remove(name); // the browser's own User-Agent, Accept… replace the gatherer's
                    }
                    catch (InvalidOperationException)
                    {
                        continue; // not a request header
                    }
                    message.Headers.TryAddWithoutValidation(name, value);
                }
            }, ct).ConfigureAwait(false);
            var read = await _fetcher.ReadCappedAsync(response, _options.MaxBodyBytes, ct).ConfigureAwait(false);
            var responseHeaders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var h in response.Headers.Concat(response.Content.Headers))
            {
                if (SkippedResponseHeaders.Contains(h.Key)) continue;
                responseHeaders[h.Key] = string.Join(h.Key.Equals("set-cookie", StringComparison.OrdinalIgnoreCase) ? "\n" : ", ", h.Value);
            }
            await route.FulfillAsync(new RouteFulfillOptions { Status = (int)response.StatusCode, Headers = responseHeaders, BodyBytes = read.Bytes })
                .ConfigureAwait(false);
        }
        catch (GatherException e)
        {
            if (e.Kind == GatherErrorKinds.PrivateAddress)
                lock (refused) refused.Add(url.Host);
            await TryAbortAsync(route).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await TryAbortAsync(route).ConfigureAwait(false);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            // The page or context closed while this request was in flight.
        }
    }

    private static async Task TryAbortAsync(IRoute route)
    {
        try
        {
            await route.AbortAsync("blockedbyclient").ConfigureAwait(false);
        }
        catch (PlaywrightException)
        {
        }
    }

    private async Task<IBrowser?> EnsureBrowserAsync(string path, CancellationToken ct)
    {
        await _launch.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_browser is not null || _launchError is not null) return _browser;
            try
            {
                _playwright = await Playwright.CreateAsync().ConfigureAwait(false);
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = path,
                    Headless = true,
                    ChromiumSandbox = false,
                    Timeout = (float)Math.Min(_options.RenderTimeout.TotalMilliseconds, 60_000),
                    Args =
                    [
                        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage",
                        // Every request is fulfilled by the gatherer; anything that slips past interception
                        // (a WebSocket, a prefetch) finds no resolver and no route out.
                        "--host-resolver-rules=MAP * ~NOTFOUND",
                        "--proxy-server=http://127.0.0.1:9",
                        "--proxy-bypass-list=<-loopback>",
                    ],
                }).ConfigureAwait(false);
            }
            catch (Exception e) when (e is PlaywrightException or InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
            {
                _launchError = $"chromium at {path} could not be started: {FirstLine(e.Message)}";
            }
            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }

    private static ElementBox Box(JsonElement b) =>
        new(b.GetProperty("x").GetDouble(), b.GetProperty("y").GetDouble(), b.GetProperty("width").GetDouble(), b.GetProperty("height").GetDouble());

    private static string FirstLine(string s)
    {
        var i = s.IndexOf('\n', StringComparison.Ordinal);
        return (i < 0 ? s : s[..i]).Trim();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            try
            {
                await _browser.CloseAsync().ConfigureAwait(false);
            }
            catch (PlaywrightException)
            {
            }
        }
        _playwright?.Dispose();
        _launch.Dispose();
        _pages.Dispose();
    }

    // Selectors follow Core's CssSelectors.For: a unique id, else a child path with :nth-of-type, from body or html.
    private const string CollectScript = """
        () => {
          const ids = new Map();
          for (const e of document.querySelectorAll('[id]')) ids.set(e.id, (ids.get(e.id) || 0) + 1);
          const selector = el => {
            const parts = [];
            for (let cur = el; cur; cur = cur.parentElement) {
              if (cur.id && ids.get(cur.id) === 1) { parts.push('#' + CSS.escape(cur.id)); break; }
              const name = cur.localName;
              if (name === 'html' || name === 'body') { parts.push(name); break; }
              const p = cur.parentElement;
              let index = 0, count = 0;
              if (p) for (const s of p.children) { if (s.localName !== name) continue; count++; if (s === cur) index = count; }
              parts.push(name + (count > 1 ? ':nth-of-type(' + index + ')' : ''));
            }
            return parts.reverse().join(' > ');
          };
          const round = v => Math.round(v * 10) / 10;
          const box = el => {
            const r = el.getBoundingClientRect();
            return { x: round(r.left + window.scrollX), y: round(r.top + window.scrollY), width: round(r.width), height: round(r.height) };
          };
          const text = el => (el ? (el.innerText || el.textContent || '') : '');
          const label = el => {
            let t = '';
            if (el.labels && el.labels.length) t = Array.from(el.labels).map(text).join(' ');
            if (!t.trim()) t = el.getAttribute('aria-label') || '';
            if (!t.trim() && el.getAttribute('aria-labelledby'))
              t = el.getAttribute('aria-labelledby').split(/\s+/).map(i => text(document.getElementById(i))).join(' ');
            if (!t.trim() && el.parentElement) t = text(el.parentElement);
            t = t.replace(/\s+/g, ' ').trim();
            return t ? t.slice(0, 500) : null;
          };
          const checkboxes = Array.from(document.querySelectorAll('input[type=checkbox]')).slice(0, 500)
            .map(el => ({ selector: selector(el), checked: !!el.checked, required: !!el.required, label: label(el), box: box(el) }));
          const forms = Array.from(document.querySelectorAll('form')).slice(0, 200).map(el => ({ selector: selector(el), box: box(el) }));
          // Boxes for what page rules name in evidence, keyed by the same selectors: every field, label, button,
          // link and image, the blocks that hold them (a form without <form> is one of those), and each block that
          // holds text of its own (where a quoted sentence sits). Empty boxes are left out; 3000 at most.
          const elements = [], seen = new Set();
          const add = el => {
            if (seen.has(el) || elements.length >= 3000) return false;
            seen.add(el);
            const b = box(el);
            if (b.width > 0 && b.height > 0) elements.push({ selector: selector(el), box: b });
            return true;
          };
          const top = el => !el || el === document.body || el === document.documentElement;
          for (const el of document.querySelectorAll('input:not([type=hidden]), select, textarea, button, label, [role=checkbox], [role=switch], a[href], img, iframe')) {
            add(el);
            for (let p = el.parentElement; !top(p) && add(p); p = p.parentElement) { }
          }
          const ownText = el => Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
          for (const el of document.querySelectorAll('p, li, td, th, dd, dt, h1, h2, h3, h4, h5, h6, blockquote, span, div, section, article'))
            if (ownText(el)) add(el);
          const height = Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0);
          return { checkboxes, forms, elements, height };
        }
        """;
}

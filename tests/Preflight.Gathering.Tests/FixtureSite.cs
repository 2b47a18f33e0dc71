using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Preflight.Gathering.Tests;

/// <summary>
/// A loopback web site for the gatherer: one HTTPS listener that picks its certificate by SNI (so one port serves
/// good.preflight.test, expired.preflight.test…), one plain-HTTP listener that redirects some hosts to https,
/// and a server that accepts connections and never answers. Host names reach it through resolve overrides.
/// </summary>
public sealed class FixtureSite : IAsyncLifetime, IDisposable
{
    public static readonly string[] Hosts =
    [
        "good.preflight.test", "www.good.preflight.test", "redirect.preflight.test", "noredirect.preflight.test",
        "expired.preflight.test", "future.preflight.test", "wrong.preflight.test", "apex.preflight.test",
        "www.apex.preflight.test", "selfsigned.preflight.test", "unknownroot.preflight.test", "nochain.preflight.test",
        "hang.preflight.test",
    ];

    private readonly Dictionary<string, SslStreamCertificateContext> _contexts = new(StringComparer.OrdinalIgnoreCase);
    private readonly TcpListener _hang = new(IPAddress.Loopback, 0);
    private readonly ConcurrentBag<Socket> _hanging = [];
    private readonly CancellationTokenSource _stop = new();
    private WebApplication? _app;
    private SslStreamCertificateContext? _default;

    public TestPki Pki { get; } = new();
    public int HttpsPort { get; private set; }
    public int HttpPort { get; private set; }
    public int HangPort { get; private set; }

    /// <summary>Requests served, by host and path (for the de-duplication test).</summary>
    public ConcurrentDictionary<string, int> Hits { get; } = new();

    public string Https(string host, string path = "/") => $"https://{host}:{HttpsPort}{path}";
    public string Http(string host, string path = "/") => $"http://{host}:{HttpPort}{path}";

    /// <summary>Options that reach the fixture: private addresses allowed, the test root trusted, short timeouts.</summary>
    public GatherOptions Options(bool allowPrivate = true) => new()
    {
        AllowPrivate = allowPrivate,
        TrustRoots = Pki.TrustRoots,
        Resolve = Overrides(),
        ConnectTimeout = TimeSpan.FromSeconds(2),
        ReadTimeout = TimeSpan.FromSeconds(2),
        TotalTimeout = TimeSpan.FromSeconds(10),
        RenderTimeout = TimeSpan.FromSeconds(20),
    };

    public IReadOnlyList<ResolveOverride> Overrides()
    {
        var list = new List<ResolveOverride>();
        foreach (var h in Hosts)
        {
            list.Add(new ResolveOverride(h, HttpsPort, [IPAddress.Loopback]));
            list.Add(new ResolveOverride(h, HttpPort, [IPAddress.Loopback]));
            list.Add(new ResolveOverride(h, HangPort, [IPAddress.Loopback]));
            list.Add(new ResolveOverride(h, 80, [IPAddress.Loopback], HttpPort)); // the http:// probe
        }
        return list;
    }

    public async Task InitializeAsync()
    {
        // Server and client share this process (and often two cores): CPU-bound parsing on one side must not starve
        // the other of pool threads, or timings measure thread injection instead of the gatherer.
        ThreadPool.SetMinThreads(64, 64);
        SslStreamCertificateContext Ctx(X509Certificate2 leaf, params X509Certificate2[] extra) =>
            SslStreamCertificateContext.Create(leaf, [.. extra], offline: true);
        _default = Ctx(Pki.Good, Pki.Intermediate);
        foreach (var h in new[] { "good", "www.good", "redirect", "noredirect", "hang" }) _contexts[h + ".preflight.test"] = _default;
        _contexts["expired.preflight.test"] = Ctx(Pki.Expired, Pki.Intermediate);
        _contexts["future.preflight.test"] = Ctx(Pki.NotYetValid, Pki.Intermediate);
        _contexts["wrong.preflight.test"] = Ctx(Pki.WrongHost, Pki.Intermediate);
        var apex = Ctx(Pki.ApexOnly, Pki.Intermediate);
        _contexts["apex.preflight.test"] = apex;
        _contexts["www.apex.preflight.test"] = apex;
        _contexts["selfsigned.preflight.test"] = Ctx(Pki.SelfSigned);
        _contexts["unknownroot.preflight.test"] = Ctx(Pki.UnknownIssuer, Pki.UnknownRoot);
        _contexts["nochain.preflight.test"] = Ctx(Pki.MissingIntermediate);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(new TlsHandshakeCallbackOptions
            {
                OnConnection = c => ValueTask.FromResult(new SslServerAuthenticationOptions
                {
                    ServerCertificateContext = c.ClientHelloInfo.ServerName is { Length: > 0 } sni && _contexts.TryGetValue(sni, out var ctx) ? ctx : _default,
                }),
            }));
            k.Listen(IPAddress.Loopback, 0);
        });
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync();
        foreach (var address in _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses)
        {
            var u = new Uri(address);
            if (u.Scheme == "https") HttpsPort = u.Port;
            else HttpPort = u.Port;
        }

        _hang.Start();
        HangPort = ((IPEndPoint)_hang.LocalEndpoint).Port;
        _ = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                try { _hanging.Add(await _hang.AcceptSocketAsync(_stop.Token)); }
                catch (OperationCanceledException) { return; }
                catch (SocketException) { return; }
            }
        });
    }

    private async Task HandleAsync(HttpContext c)
    {
        var req = c.Request;
        var host = req.Host.Host;
        var path = req.Path.Value ?? "/";
        Hits.AddOrUpdate($"{host}{path}", 1, (_, n) => n + 1);

        if (!req.IsHttps && host == "redirect.preflight.test")
        {
            c.Response.Redirect($"https://{host}:{HttpsPort}{path}", permanent: true);
            return;
        }
        if (path.StartsWith("/chain/", StringComparison.Ordinal) && int.TryParse(path["/chain/".Length..], out var n))
        {
            c.Response.Redirect(n <= 0 ? "/" : $"/chain/{n - 1}");
            return;
        }
        if (path.StartsWith("/up/", StringComparison.Ordinal) && int.TryParse(path["/up/".Length..], out var k))
        {
            c.Response.Redirect($"/up/{k + 1}"); // never ends
            return;
        }
        switch (path)
        {
            case "/loop/a": c.Response.Redirect("/loop/b"); return;
            case "/loop/b": c.Response.Redirect("/loop/a"); return;
            case "/relative": c.Response.Redirect("docs/../privacy"); return;
            case "/to-https": c.Response.Redirect($"https://good.preflight.test:{HttpsPort}/"); return;
            case "/endless":
                c.Response.ContentType = "text/html; charset=utf-8";
                var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>and on and on</p>\n", 3000)));
                while (!c.RequestAborted.IsCancellationRequested)
                    await c.Response.Body.WriteAsync(chunk, c.RequestAborted).ConfigureAwait(false);
                return;
            case "/trickle":
                c.Response.ContentType = "text/html; charset=utf-8";
                await c.Response.StartAsync(c.RequestAborted);
                while (!c.RequestAborted.IsCancellationRequested)
                {
                    await c.Response.Body.WriteAsync("<"u8.ToArray(), c.RequestAborted);
                    await c.Response.Body.FlushAsync(c.RequestAborted);
                    await Task.Delay(700, c.RequestAborted);
                }
                return;
            case "/latin1":
                c.Response.ContentType = "text/html; charset=iso-8859-1";
                await c.Response.Body.WriteAsync(System.Text.Encoding.Latin1.GetBytes("<html><body><p>Café Olé — ñ</p></body></html>"));
                return;
            case "/meta-charset":
                c.Response.ContentType = "text/html";
                await c.Response.Body.WriteAsync(System.Text.Encoding.Latin1.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body><p>Crème brûlée</p></body></html>"));
                return;
        }
        var file = path switch
        {
            "/" or "/optin" => "optin.html",
            "/privacy" => "privacy.html",
            "/terms" => "terms.html",
            "/mixed" => "mixed.html",
            "/scripted" => "scripted.html",
            _ => null,
        };
        if (file is null)
        {
            c.Response.StatusCode = 404;
            await c.Response.WriteAsync("not here");
            return;
        }
        c.Response.ContentType = "text/html; charset=utf-8";
        await c.Response.SendFileAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", file));
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        _hang.Stop();
        foreach (var s in _hanging) s.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        Dispose();
    }

    public void Dispose()
    {
        _hang.Dispose();
        _stop.Dispose();
        Pki.Dispose();
    }
}

/// <summary>One fixture site for every test class that names this collection.</summary>
[CollectionDefinition(Name)]
public sealed class FixtureSiteGroup : ICollectionFixture<FixtureSite>
{
    public const string Name = "fixture site";
}

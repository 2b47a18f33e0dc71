using System.Collections.Concurrent;
using System.Globalization;
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

namespace Preflight.Cli.Tests.Sites;

/// <summary>
/// A loopback web site for driving <c>preflight site</c> and <c>check --crawl</c> end to end. One HTTPS listener picks
/// its certificate by SNI, so www.brightsmiledental.com, expired.brightsmiledental.com… all live on one port; a plain
/// HTTP listener redirects to https (except plain.brightsmiledental.com, served over http); a third listener accepts
/// connections and never answers. The CLI reaches them through <c>--resolve host:443:127.0.0.1:port</c>, so the
/// addresses tested are the real-looking ones a submission would hold.
/// </summary>
/// <remarks>
/// Paths: <c>/</c>, <c>/book</c>, <c>/privacy</c>, <c>/terms</c> serve the good website, opt-in page, policy and terms;
/// <c>/pages/NAME.html</c> serves any page of tests/Preflight.Core.Tests/Fixtures/Pages (the pages the rule tests
/// use); <c>/endless</c> never ends its body; <c>/chain/N</c> redirects N times; <c>/loop/a</c> loops.
/// </remarks>
public sealed class FixtureWeb : IAsyncLifetime, IDisposable
{
    public const string Www = "www." + SitePki.Domain;
    public const string Plain = "plain." + SitePki.Domain;
    public const string Hang = "hang." + SitePki.Domain;

    /// <summary>A name that resolves nowhere (the .invalid top-level domain is reserved for that).</summary>
    public const string Nowhere = "www.brightsmile-dental-clinic.invalid";

    private readonly Dictionary<string, SslStreamCertificateContext> _contexts = new(StringComparer.OrdinalIgnoreCase);
    private readonly TcpListener _hang = new(IPAddress.Loopback, 0);
    private readonly ConcurrentBag<Socket> _hanging = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "preflight-cli-site-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private SslStreamCertificateContext? _default;

    public SitePki Pki { get; } = new();
    public int HttpsPort { get; private set; }
    public int HttpPort { get; private set; }
    public int HangPort { get; private set; }

    /// <summary>The test root as a PEM file, for <c>--trust-root</c>.</summary>
    public string RootPem { get; private set; } = "";

    /// <summary>A scratch folder, deleted with the fixture.</summary>
    public string Scratch(string name)
    {
        var path = Path.Combine(_dir, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Requests served, by host and path.</summary>
    public ConcurrentDictionary<string, int> Hits { get; } = new();

    /// <summary>Host names whose port 443 is this fixture's HTTPS listener (and port 80 its HTTP listener).</summary>
    public static readonly string[] Hosts =
    [
        Www, SitePki.Domain, Plain, "expired." + SitePki.Domain, "future." + SitePki.Domain, "soon." + SitePki.Domain,
        "wrong." + SitePki.Domain, "selfsigned." + SitePki.Domain, "unknownroot." + SitePki.Domain, "nochain." + SitePki.Domain,
    ];

    /// <summary>The network options that reach this fixture: its names resolved onto loopback, the test root trusted.</summary>
    public string[] Network(bool allowPrivate = true, bool render = false, double timeout = 5)
    {
        var args = new List<string> { "--trust-root", RootPem, "--timeout", timeout.ToString(CultureInfo.InvariantCulture) };
        if (allowPrivate) args.Add("--allow-private");
        if (!render) args.Add("--no-render");
        foreach (var h in Hosts)
        {
            args.Add("--resolve");
            args.Add($"{h}:443:127.0.0.1:{HttpsPort}");
            args.Add("--resolve");
            args.Add($"{h}:80:127.0.0.1:{HttpPort}");
        }
        args.AddRange(["--resolve", $"{Hang}:443:127.0.0.1:{HangPort}", "--resolve", $"{Hang}:80:127.0.0.1:{HangPort}"]);
        args.AddRange(["--resolve", $"127.0.0.1:443:127.0.0.1:{HttpsPort}", "--resolve", $"127.0.0.1:80:127.0.0.1:{HttpPort}"]);
        // Pages reference an analytics script: a render fetches it here (a 404) instead of from the internet.
        args.AddRange(["--resolve", $"www.googletagmanager.com:443:127.0.0.1:{HttpsPort}"]);
        return [.. args];
    }

    public async Task InitializeAsync()
    {
        // Server and client share this process and two cores: keep pool threads available to both.
        ThreadPool.SetMinThreads(64, 64);
        Directory.CreateDirectory(_dir);
        RootPem = Path.Combine(_dir, "test-root.pem");
        await File.WriteAllTextAsync(RootPem, Pki.Root.ExportCertificatePem());

        SslStreamCertificateContext Ctx(X509Certificate2 leaf, params X509Certificate2[] extra) =>
            SslStreamCertificateContext.Create(leaf, [.. extra], offline: true);
        _default = Ctx(Pki.Good, Pki.Intermediate);
        _contexts["expired." + SitePki.Domain] = Ctx(Pki.Expired, Pki.Intermediate);
        _contexts["future." + SitePki.Domain] = Ctx(Pki.NotYetValid, Pki.Intermediate);
        _contexts["soon." + SitePki.Domain] = Ctx(Pki.ExpiresSoon, Pki.Intermediate);
        _contexts["wrong." + SitePki.Domain] = Ctx(Pki.WrongHost, Pki.Intermediate);
        _contexts["selfsigned." + SitePki.Domain] = Ctx(Pki.SelfSigned);
        _contexts["unknownroot." + SitePki.Domain] = Ctx(Pki.UnknownIssuer, Pki.UnknownRoot);
        _contexts["nochain." + SitePki.Domain] = Ctx(Pki.MissingIntermediate);

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

    private static string PagesDir => Cli.Repo(Path.Combine("tests", "Preflight.Core.Tests", "Fixtures", "Pages"));

    private async Task HandleAsync(HttpContext c)
    {
        var req = c.Request;
        var host = req.Host.Host;
        var path = req.Path.Value ?? "/";
        Hits.AddOrUpdate($"{host}{path}", 1, (_, n) => n + 1);

        if (!req.IsHttps && !string.Equals(host, Plain, StringComparison.OrdinalIgnoreCase))
        {
            c.Response.Redirect($"https://{host}{path}{req.QueryString}", permanent: true);
            return;
        }
        if (path.StartsWith("/chain/", StringComparison.Ordinal) && int.TryParse(path["/chain/".Length..], out var n))
        {
            c.Response.Redirect(n <= 0 ? "/book" : $"/chain/{n - 1}");
            return;
        }
        switch (path)
        {
            case "/loop/a": c.Response.Redirect("/loop/b"); return;
            case "/loop/b": c.Response.Redirect("/loop/a"); return;
            case "/endless":
                c.Response.ContentType = "text/html; charset=utf-8";
                var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>and on and on</p>\n", 3000)));
                try
                {
                    while (!c.RequestAborted.IsCancellationRequested) await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
                }
                catch (OperationCanceledException) { }
                catch (IOException) { }
                return;
            case "/assets/js/booking-app.js":
                c.Response.ContentType = "text/javascript; charset=utf-8";
                await c.Response.WriteAsync(BookingApp);
                return;
        }
        var file = path switch
        {
            "/" => "website-good.html",
            "/book" => "optin-good.html",
            "/privacy" => "privacy-good.html",
            "/terms" => "terms-good.html",
            _ when path.StartsWith("/pages/", StringComparison.Ordinal) && path.EndsWith(".html", StringComparison.Ordinal)
                   && path.IndexOf('/', "/pages/".Length) < 0 && !path.Contains("..", StringComparison.Ordinal) => path["/pages/".Length..],
            _ => null,
        };
        var full = file is null ? null : Path.Combine(PagesDir, file);
        if (full is null || !File.Exists(full))
        {
            c.Response.StatusCode = 404;
            c.Response.ContentType = "text/html; charset=utf-8";
            await c.Response.WriteAsync("<!doctype html><title>Not found</title><h1>Not found</h1>");
            return;
        }
        c.Response.ContentType = "text/html; charset=utf-8";
        await c.Response.SendFileAsync(full);
    }

    /// <summary>What optin-script-built.html loads: it builds the booking form with an optional, unticked SMS box.</summary>
    private const string BookingApp = """
        document.getElementById('booking-app').innerHTML =
          '<form id="booking-form" action="/api/book" method="post">' +
          '<label for="full-name">Full name</label><input type="text" id="full-name" name="full_name">' +
          '<label for="phone">Mobile phone (optional)</label><input type="tel" id="phone" name="phone">' +
          '<input type="checkbox" id="sms-consent" name="sms_consent" value="yes">' +
          '<label for="sms-consent">By checking this box, I agree to receive appointment reminders by text message from Bright Smile Dental at the number provided. ' +
          'Msg frequency varies, up to 4 msgs/mo. Msg &amp; data rates may apply. Reply HELP for help, STOP to cancel. Consent is not a condition of purchase. ' +
          '<a href="/privacy">Privacy Policy</a> &amp; <a href="/terms">Terms</a></label>' +
          '<button type="submit">Send request</button></form>';
        """;

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
        try
        {
            if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
        }
        catch (IOException) { }
    }
}

/// <summary>One fixture site for every test class that names this collection.</summary>
[CollectionDefinition(Name)]
public sealed class FixtureWebGroup : ICollectionFixture<FixtureWeb>
{
    public const string Name = "fixture web";
}

using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Reflection;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using BenchmarkDotNet.Attributes;
using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Sites;
using Preflight.Gathering;

namespace Preflight.Bench;

/// <summary>
/// Validating web sites on loopback, statically (no browser): for each site the opt-in page is reached through an
/// http→https redirect, and the privacy policy and terms are fetched over https; every address gets its TLS handshake
/// with chain verification and its http:// probe, then every page rule runs. One site on a fresh gatherer (as one
/// <c>preflight site</c> run), and 100 sites (300 addresses) gathered at once by one gatherer.
/// </summary>
/// <remarks>
/// The sites are served by <see cref="LoopbackSites"/>, a small HTTP/1.1 server on raw sockets (one wildcard
/// certificate from a generated test CA, SNI-free), so the figures are the gatherer's and the rules', not a web
/// framework's. Run: <c>dotnet run -c Release --project bench/Preflight.Bench -- --filter '*Gathering*' --inProcess</c>
/// (docs/performance.md, "Gathering").
/// </remarks>
[MemoryDiagnoser]
public class GatheringBenchmarks
{
    private readonly Evaluator _evaluator = new();
    private LoopbackSites _sites = null!;
    private GatherOptions _options = null!;
    private SiteEvidenceSet _gathered = null!;
    private int _round;
    private long _largestHeap;

    [GlobalSetup]
    public void Setup()
    {
        ThreadPool.SetMinThreads(64, 64); // server and client share the process
        _sites = new LoopbackSites(hosts: 100);
        _options = new GatherOptions
        {
            AllowPrivate = true,
            TrustRoots = [_sites.Root],
            Resolve = _sites.Overrides,
            MaxParallel = 32,
        };
        for (var i = 0; i < 3; i++) OneSite(); // JIT, reference data, the first handshakes
        _gathered = SiteGatherer.GatherAllAsync(Targets(99), _options, null, CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// loopback server: {_sites.Requests} requests, {_sites.Connections} connections; "
                          + $"process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024:0} MiB"
                          + (_largestHeap > 0 ? $"; largest managed heap with 100 sites' evidence held: {_largestHeap / 1024.0 / 1024:0} MiB" : ""));
        _sites.Dispose();
    }

    [Benchmark(Description = "one site: TLS + redirect + opt-in + privacy + terms, gathered and judged")]
    public int OneSite()
    {
        var site = Interlocked.Increment(ref _round) % 100;
        var set = SiteGatherer.GatherAllAsync(Targets(site), _options, null, CancellationToken.None).GetAwaiter().GetResult();
        return Judge(set);
    }

    [Benchmark(Description = "100 sites at once (300 addresses, one gatherer), gathered and judged")]
    public int HundredSites()
    {
        var targets = Enumerable.Range(0, 100).SelectMany(Targets).ToArray();
        var set = SiteGatherer.GatherAllAsync(targets, _options, null, CancellationToken.None).GetAwaiter().GetResult();
        _largestHeap = Math.Max(_largestHeap, GC.GetGCMemoryInfo().HeapSizeBytes);
        var failed = 0;
        for (var i = 0; i < 100; i++) failed += Judge(new SiteEvidenceSet { Sites = set.Sites.Skip(i * 3).Take(3).ToArray() });
        return failed;
    }

    [Benchmark(Description = "judging one gathered site (3 pages parsed and analysed, every rule)")]
    public int JudgeOneSite() => Judge(new SiteEvidenceSet { Sites = _gathered.Sites.Select(s => s with { }).ToArray() });

    private static CrawlTarget[] Targets(int site)
    {
        var host = LoopbackSites.Host(site);
        return
        [
            new($"http://{host}/book", SiteRoles.OptIn),
            new($"https://{host}/privacy", SiteRoles.Privacy),
            new($"https://{host}/terms", SiteRoles.Terms),
        ];
    }

    private static readonly Submission Brand = new() { Brand = new Brand { DisplayName = "Bright Smile Dental" }, Campaign = new Campaign { Usecase = "ACCOUNT_NOTIFICATION" } };

    private int Judge(SiteEvidenceSet set)
    {
        if (set.Sites.Any(s => s.Error is not null)) throw new InvalidOperationException("gathering failed: " + set.Sites.First(s => s.Error is not null).Error);
        var report = _evaluator.Evaluate(Brand, set);
        return report.Results.Count(r => r.Outcome == Outcome.Failed && (r.Rule.Needs & ~Needs.Submission) != Needs.None);
    }
}

/// <summary>
/// Loopback HTTPS and HTTP listeners for many host names (<c>s0.bench.example</c>…) on raw sockets: https serves the
/// good opt-in page, privacy policy and terms of the rule tests' fixtures with keep-alive; http answers every request
/// with a permanent redirect to https.
/// </summary>
public sealed class LoopbackSites : IDisposable
{
    private readonly TcpListener _https = new(IPAddress.Loopback, 0);
    private readonly TcpListener _http = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly SslStreamCertificateContext _context;
    private readonly Dictionary<string, byte[]> _pages;
    private readonly List<IDisposable> _owned = [];
    private long _requests;
    private long _connections;

    public LoopbackSites(int hosts)
    {
        var now = DateTimeOffset.UtcNow;
        var rootKey = Own(ECDsa.Create(ECCurve.NamedCurves.nistP256));
        var rootReq = new CertificateRequest("CN=Bench Root, O=Preflight Bench", rootKey, HashAlgorithmName.SHA256);
        rootReq.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        rootReq.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        rootReq.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(rootReq.PublicKey, false));
        Root = Own(rootReq.CreateSelfSigned(now.AddDays(-1), now.AddYears(1)));
        var leafKey = Own(ECDsa.Create(ECCurve.NamedCurves.nistP256));
        var leafReq = new CertificateRequest("CN=*.bench.example, O=Preflight Bench", leafKey, HashAlgorithmName.SHA256);
        leafReq.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        leafReq.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        leafReq.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Root, true, false));
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName("*.bench.example");
        leafReq.CertificateExtensions.Add(san.Build());
        using var bare = leafReq.Create(Root, now.AddDays(-1), now.AddDays(200), [1, 2, 3, 4, 5, 6, 7, 8]);
        var leaf = Own(bare.CopyWithPrivateKey(leafKey));
        _context = SslStreamCertificateContext.Create(leaf, [], offline: true);

        var root = typeof(LoopbackSites).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value!;
        var pages = Path.Combine(root, "tests", "Preflight.Core.Tests", "Fixtures", "Pages");
        _pages = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["/book"] = Response(File.ReadAllBytes(Path.Combine(pages, "optin-good.html"))),
            ["/privacy"] = Response(File.ReadAllBytes(Path.Combine(pages, "privacy-good.html"))),
            ["/terms"] = Response(File.ReadAllBytes(Path.Combine(pages, "terms-good.html"))),
        };

        _https.Start(1024);
        _http.Start(1024);
        var httpsPort = ((IPEndPoint)_https.LocalEndpoint).Port;
        var httpPort = ((IPEndPoint)_http.LocalEndpoint).Port;
        var overrides = new List<ResolveOverride>();
        for (var i = 0; i < hosts; i++)
        {
            overrides.Add(new ResolveOverride(Host(i), 443, [IPAddress.Loopback], httpsPort));
            overrides.Add(new ResolveOverride(Host(i), 80, [IPAddress.Loopback], httpPort));
        }
        Overrides = overrides;
        _ = AcceptAsync(_https, tls: true);
        _ = AcceptAsync(_http, tls: false);
    }

    public static string Host(int i) => $"s{i}.bench.example";

    public X509Certificate2 Root { get; }

    public IReadOnlyList<ResolveOverride> Overrides { get; }

    public long Requests => Interlocked.Read(ref _requests);

    public long Connections => Interlocked.Read(ref _connections);

    private static byte[] Response(byte[] body)
    {
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n");
        return [.. head, .. body];
    }

    private async Task AcceptAsync(TcpListener listener, bool tls)
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            Interlocked.Increment(ref _connections);
            _ = Task.Run(() => ServeAsync(socket, tls));
        }
    }

    private async Task ServeAsync(Socket socket, bool tls)
    {
        socket.NoDelay = true;
        Stream stream = new NetworkStream(socket, ownsSocket: true);
        try
        {
            if (tls)
            {
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
                stream = ssl;
                await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificateContext = _context }, _stop.Token);
            }
            var buffer = new byte[16 * 1024];
            var filled = 0;
            while (true)
            {
                int end;
                while ((end = buffer.AsSpan(0, filled).IndexOf("\r\n\r\n"u8)) < 0)
                {
                    if (filled == buffer.Length) return;
                    var n = await stream.ReadAsync(buffer.AsMemory(filled), _stop.Token);
                    if (n == 0) return;
                    filled += n;
                }
                var head = Encoding.ASCII.GetString(buffer, 0, end);
                buffer.AsSpan(end + 4, filled - end - 4).CopyTo(buffer);
                filled -= end + 4;
                Interlocked.Increment(ref _requests);
                var eol = head.IndexOf('\r', StringComparison.Ordinal);
                var line = eol >= 0 ? head[..eol] : head;
                var path = line.Split(' ') is [_, var p, ..] ? p : "/";
                var query = path.IndexOf('?', StringComparison.Ordinal);
                if (query >= 0) path = path[..query];
                byte[] response;
                if (!tls)
                {
                    var host = head.Split("\r\n").FirstOrDefault(h => h.StartsWith("Host:", StringComparison.OrdinalIgnoreCase))?[5..].Trim() ?? "localhost";
                    response = Encoding.ASCII.GetBytes($"HTTP/1.1 301 Moved Permanently\r\nLocation: https://{host}{path}\r\nContent-Length: 0\r\n\r\n");
                }
                else
                {
                    response = _pages.TryGetValue(path, out var page) ? page : "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"u8.ToArray();
                }
                await stream.WriteAsync(response, _stop.Token);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or System.Security.Authentication.AuthenticationException or ObjectDisposedException)
        {
        }
        finally
        {
            await stream.DisposeAsync();
        }
    }

    private T Own<T>(T item) where T : IDisposable
    {
        _owned.Add(item);
        return item;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _https.Stop();
        _http.Stop();
        _stop.Dispose();
        foreach (var o in _owned) o.Dispose();
    }
}

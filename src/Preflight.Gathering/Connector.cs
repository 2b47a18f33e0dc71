using System.Net;
using System.Net.Sockets;

namespace Preflight.Gathering;

/// <summary>
/// Opens every TCP connection a crawl makes. It resolves the host itself (or takes the resolve override), checks each
/// address against <see cref="AddressPolicy"/> and connects to the checked address, so a host name that resolves
/// to a public address for one lookup and to a private one for the next (DNS rebinding) still cannot reach a
/// private address.
/// </summary>
internal sealed class Connector
{
    private readonly GatherOptions _options;

    public Connector(GatherOptions options) => _options = options;

    public async Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, int port, CancellationToken ct)
    {
        host = host.TrimEnd('.');
        if (_options.FindOverride(host, port) is { } o) return o.Addresses;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal)) return [literal];
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(_options.ConnectTimeout);
        try
        {
            var found = await Dns.GetHostAddressesAsync(host, cts.Token).ConfigureAwait(false);
            if (found.Length == 0) throw new GatherException(GatherErrorKinds.Dns, $"{host} has no address records");
            return found;
        }
        catch (SocketException e)
        {
            throw new GatherException(GatherErrorKinds.Dns, $"{host} could not be resolved: {e.Message}", e);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new GatherException(GatherErrorKinds.Timeout, $"resolving {host} took longer than {_options.ConnectTimeout.TotalSeconds:0.#} s");
        }
    }

    /// <summary>The addresses of <paramref name="addresses"/> the policy lets a crawl connect to.</summary>
    public IReadOnlyList<IPAddress> Allowed(IReadOnlyList<IPAddress> addresses) =>
        _options.AllowPrivate ? addresses : addresses.Where(AddressPolicy.IsPublic).ToArray();

    public static string RefusalMessage(string host, IReadOnlyList<IPAddress> addresses) =>
        $"{host} resolves to {string.Join(", ", addresses.Select(a => $"{a} ({AddressPolicy.Describe(a) ?? "public"})"))}: "
        + "private, loopback and link-local addresses are refused (allow them only to test a local site)";

    /// <summary>A connected socket to a checked address of <paramref name="host"/>.</summary>
    public async Task<Socket> ConnectAsync(string host, int port, CancellationToken ct)
    {
        host = host.TrimEnd('.');
        var addresses = await ResolveAsync(host, port, ct).ConfigureAwait(false);
        var allowed = Allowed(addresses);
        if (allowed.Count == 0) throw new GatherException(GatherErrorKinds.PrivateAddress, RefusalMessage(host, addresses));
        var connectPort = _options.FindOverride(host, port)?.ConnectPort ?? port;
        GatherException? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            cts.CancelAfter(_options.ConnectTimeout);
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, connectPort), cts.Token).ConfigureAwait(false);
                return socket;
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                socket.Dispose();
                last = new GatherException(GatherErrorKinds.Timeout,
                    $"connecting to {host} ({address}) port {port} took longer than {_options.ConnectTimeout.TotalSeconds:0.#} s");
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = new GatherException(GatherErrorKinds.Connect, $"could not connect to {host} ({address}) port {port}: {e.Message}", e);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last!;
    }
}

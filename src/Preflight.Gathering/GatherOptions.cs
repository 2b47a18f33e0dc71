using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace Preflight.Gathering;

/// <summary>How a crawl may reach the network. Every limit has a safe default.</summary>
public sealed record GatherOptions
{
    /// <summary>Allow loopback, private and link-local addresses (for local test sites). Off by default.</summary>
    public bool AllowPrivate { get; init; }

    /// <summary>When given, the only roots trusted when judging certificate chains (instead of the system store).</summary>
    public X509Certificate2Collection? TrustRoots { get; init; }

    /// <summary>Fixed addresses for host:port pairs, as curl's <c>--resolve</c>.</summary>
    public IReadOnlyList<ResolveOverride> Resolve { get; init; } = [];

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait for response headers, the TLS handshake, or the next bytes of a body.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The most time one URL may take, everything included but the browser render.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Bodies are cut here (after decompression); the page is then marked truncated.</summary>
    public int MaxBodyBytes { get; init; } = 2 * 1024 * 1024;

    public int MaxRedirects { get; init; } = 10;

    /// <summary>Whether to check that plain http:// on port 80 redirects to https://.</summary>
    public bool ProbeHttp { get; init; } = true;

    /// <summary>Render each page in headless Chromium as well.</summary>
    public bool Render { get; init; }

    /// <summary>The Chromium executable; null looks in the usual places (<c>/usr/bin/chromium</c>…).</summary>
    public string? ChromiumPath { get; init; }

    public TimeSpan RenderTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many URLs a batch gathers at once.</summary>
    public int MaxParallel { get; init; } = 8;

    public string UserAgent { get; init; } = "Mozilla/5.0 (compatible; Preflight/1.0; +https://github.com/preflight-10dlc)";

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    internal ResolveOverride? FindOverride(string host, int port)
    {
        foreach (var r in Resolve)
            if (r.Port == port && string.Equals(r.Host, host.TrimEnd('.'), StringComparison.OrdinalIgnoreCase)) return r;
        return null;
    }
}

/// <summary>
/// A fixed address for one host and port, as curl's <c>--resolve host:port:addr[,addr…]</c>.
/// <see cref="ConnectPort"/> (an extension: <c>host:port:addr:connectPort</c>) connects to another port, so a test
/// can stand in for port 80 or 443 with a server on a random port.
/// </summary>
public sealed record ResolveOverride(string Host, int Port, IReadOnlyList<IPAddress> Addresses, int? ConnectPort = null)
{
    /// <summary>Parses <c>host:port:addr[,addr…][:connectPort]</c>; IPv6 addresses in brackets.</summary>
    public static ResolveOverride Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.IndexOf(':', StringComparison.Ordinal);
        var second = first < 0 ? -1 : text.IndexOf(':', first + 1);
        if (first <= 0 || second < 0)
            throw new FormatException($"'{text}' is not host:port:address (for example good.example:443:127.0.0.1)");
        var host = text[..first].Trim().TrimEnd('.');
        if (!int.TryParse(text.AsSpan(first + 1, second - first - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            throw new FormatException($"'{text}': the port must be a number from 1 to 65535");
        var rest = text[(second + 1)..];
        int? connectPort = null;
        // A trailing ":digits" after the last address is the connect port (IPv6 addresses are bracketed or alone).
        var lastColon = rest.LastIndexOf(':');
        if ((rest.Contains('[', StringComparison.Ordinal) || !IPAddress.TryParse(rest.Trim(), out _)) && lastColon > rest.LastIndexOf(']') && lastColon > 0
            && rest.AsSpan(lastColon + 1).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            if (!int.TryParse(rest.AsSpan(lastColon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var cp) || cp is < 1 or > 65535)
                throw new FormatException($"'{text}': the connect port must be a number from 1 to 65535");
            connectPort = cp;
            rest = rest[..lastColon];
        }
        var addresses = new List<IPAddress>();
        foreach (var part in rest.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IPAddress.TryParse(part.Trim('[', ']'), out var ip))
                throw new FormatException($"'{text}': '{part}' is not an IP address");
            addresses.Add(ip);
        }
        if (addresses.Count == 0) throw new FormatException($"'{text}' names no address");
        return new ResolveOverride(host, port, addresses, connectPort);
    }

    public override string ToString() =>
        $"{Host}:{Port}:{string.Join(',', Addresses.Select(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{a}]" : a.ToString()))}"
        + (ConnectPort is { } p ? ":" + p.ToString(CultureInfo.InvariantCulture) : "");
}

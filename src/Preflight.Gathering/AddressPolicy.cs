using System.Net;
using System.Net.Sockets;

namespace Preflight.Gathering;

/// <summary>
/// Which addresses a crawl may connect to: public unicast only. Loopback, private (RFC 1918), carrier-grade NAT,
/// link-local, unique-local, documentation, multicast, reserved and unspecified addresses are refused, so a
/// submitted URL cannot make the validator probe the machine it runs on or its network.
/// </summary>
public static class AddressPolicy
{
    /// <summary>True when the address is a public unicast address a crawl may connect to.</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    /// <summary>Why an address is refused, for messages; null when it is public.</summary>
    public static string? Describe(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (IsPublic(address)) return null;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return "loopback";
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                10 => "private",
                172 when b[1] is >= 16 and <= 31 => "private",
                192 when b[1] == 168 => "private",
                100 when b[1] is >= 64 and <= 127 => "carrier-grade NAT",
                169 when b[1] == 254 => "link-local",
                0 => "unspecified",
                >= 224 and <= 239 => "multicast",
                _ => "reserved",
            };
        }
        if (address.IsIPv6LinkLocal) return "link-local";
        if (address.IsIPv6Multicast) return "multicast";
        if (address.Equals(IPAddress.IPv6None)) return "unspecified";
        var first = address.GetAddressBytes()[0];
        return (first & 0xFE) == 0xFC ? "unique-local" : "reserved";
    }

    private static bool IsPublicV4(byte[] b) => b[0] switch
    {
        0 => false,                                   // "this network", unspecified
        10 => false,                                  // private
        100 when b[1] is >= 64 and <= 127 => false,   // carrier-grade NAT
        127 => false,                                 // loopback
        169 when b[1] == 254 => false,                // link-local (cloud metadata lives here)
        172 when b[1] is >= 16 and <= 31 => false,    // private
        192 when b[1] == 0 && b[2] is 0 or 2 => false, // IETF protocol assignments, TEST-NET-1
        192 when b[1] == 88 && b[2] == 99 => false,   // 6to4 relay anycast
        192 when b[1] == 168 => false,                // private
        198 when b[1] is 18 or 19 => false,           // benchmarking
        198 when b[1] == 51 && b[2] == 100 => false,  // TEST-NET-2
        203 when b[1] == 0 && b[2] == 113 => false,   // TEST-NET-3
        >= 224 => false,                              // multicast, reserved, broadcast
        _ => true,
    };

    private static bool IsPublicV6(IPAddress a)
    {
        var b = a.GetAddressBytes();
        if (a.Equals(IPAddress.IPv6Any) || a.Equals(IPAddress.IPv6Loopback)) return false;
        if (b[0] == 0xFF) return false;                                 // multicast
        if ((b[0] & 0xFE) == 0xFC) return false;                        // unique-local fc00::/7
        if (b[0] == 0xFE && (b[1] & 0xC0) is 0x80 or 0xC0) return false; // link-local fe80::/10, site-local fec0::/10
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) return false; // documentation 2001:db8::/32
        if (b[0] == 0x20 && b[1] == 0x02)                               // 6to4: judge the IPv4 address inside
            return IsPublicV4([b[2], b[3], b[4], b[5]]);
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B) // NAT64 64:ff9b::/96
            return IsPublicV4([b[12], b[13], b[14], b[15]]);
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0) return false;  // IPv4-compatible ::a.b.c.d (deprecated)
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00) return false; // Teredo
        return (b[0] & 0xE0) == 0x20;                                   // global unicast 2000::/3 only
    }
}

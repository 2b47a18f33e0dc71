using System.Net;
using Preflight.Core.Sites;

namespace Preflight.Gathering.Tests;

public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.251")]
    [InlineData("255.255.255.255")]
    [InlineData("192.0.2.10")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("2002:7f00:1::1")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("2001:db8::1")]
    public void Private_and_reserved_addresses_are_refused(string address) =>
        Assert.False(AddressPolicy.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700::6810:84e5")]
    [InlineData("::ffff:8.8.8.8")]
    public void Public_addresses_are_allowed(string address) =>
        Assert.True(AddressPolicy.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public void Refusals_say_why() =>
        Assert.Equal("link-local", AddressPolicy.Describe(IPAddress.Parse("169.254.169.254")));
}

[Collection(FixtureSiteGroup.Name)]
public sealed class PrivateAddressTests
{
    private readonly FixtureSite _site;

    public PrivateAddressTests(FixtureSite site) => _site = site;

    [Fact]
    public async Task Loopback_ip_is_refused_by_default()
    {
        var e = await SiteGatherer.GatherAsync($"https://127.0.0.1:{_site.HttpsPort}/", SiteRoles.Website, _site.Options(allowPrivate: false), CancellationToken.None);
        Assert.Equal(GatherErrorKinds.PrivateAddress, e.ErrorKind);
        Assert.True(e.Dns!.HostIsIpAddress);
        Assert.Null(e.Page);
        Assert.Null(e.Tls);
        Assert.Contains("loopback", e.Error);
    }

    [Fact]
    public async Task Loopback_ip_is_fetched_when_private_addresses_are_allowed()
    {
        var e = await SiteGatherer.GatherAsync($"https://127.0.0.1:{_site.HttpsPort}/", SiteRoles.Website, _site.Options(), CancellationToken.None);
        Assert.Null(e.ErrorKind);
        Assert.True(e.Dns!.HostIsIpAddress);
        Assert.Equal(200, e.Page!.Status);
        Assert.Contains(ChainStatuses.HostnameMismatch, e.Tls!.Problems);
    }

    [Fact]
    public async Task Host_name_that_resolves_to_loopback_is_refused_by_default()
    {
        var e = await SiteGatherer.GatherAsync(_site.Https("good.preflight.test"), SiteRoles.Website, _site.Options(allowPrivate: false), CancellationToken.None);
        Assert.Equal(GatherErrorKinds.PrivateAddress, e.ErrorKind);
        Assert.Equal(["127.0.0.1"], e.Dns!.Addresses);
    }

    [Fact]
    public async Task Connection_is_checked_on_the_address_actually_used()
    {
        // The first lookup (for the evidence) could be public and a later one private, as in DNS rebinding: every
        // connection the fetcher and the TLS probe open goes through the connector's own check.
        var connector = new Connector(_site.Options(allowPrivate: false));
        var refused = await Assert.ThrowsAsync<GatherException>(() => connector.ConnectAsync("good.preflight.test", _site.HttpsPort, CancellationToken.None));
        Assert.Equal(GatherErrorKinds.PrivateAddress, refused.Kind);

        using var fetcher = new HttpFetcher(_site.Options(allowPrivate: false), connector);
        var result = await fetcher.FollowAsync(new Uri(_site.Https("good.preflight.test")), readBody: true, CancellationToken.None);
        Assert.Equal(GatherErrorKinds.PrivateAddress, result.ErrorKind);
        Assert.Empty(result.Hops);

        var probe = new TlsProbe(_site.Options(allowPrivate: false), connector);
        var tlsRefused = await Assert.ThrowsAsync<GatherException>(() => probe.ProbeAsync("good.preflight.test", _site.HttpsPort, CancellationToken.None));
        Assert.Equal(GatherErrorKinds.PrivateAddress, tlsRefused.Kind);
    }

    [Fact]
    public async Task Mixed_public_and_private_answers_connect_only_to_allowed_addresses()
    {
        // 192.0.2.1 (TEST-NET) and loopback: both refused, so nothing is connected to.
        var options = _site.Options(allowPrivate: false) with
        {
            Resolve = [new ResolveOverride("mixed.preflight.test", 443, [IPAddress.Parse("192.0.2.1"), IPAddress.Loopback])],
        };
        var connector = new Connector(options);
        var e = await Assert.ThrowsAsync<GatherException>(() => connector.ConnectAsync("mixed.preflight.test", 443, CancellationToken.None));
        Assert.Equal(GatherErrorKinds.PrivateAddress, e.Kind);
        Assert.Contains("192.0.2.1", e.Message);
    }
}

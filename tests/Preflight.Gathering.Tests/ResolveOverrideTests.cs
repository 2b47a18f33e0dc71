using System.Net;

namespace Preflight.Gathering.Tests;

public sealed class ResolveOverrideTests
{
    [Fact]
    public void Parses_curl_form()
    {
        var r = ResolveOverride.Parse("good.example:443:127.0.0.1");
        Assert.Equal("good.example", r.Host);
        Assert.Equal(443, r.Port);
        Assert.Equal([IPAddress.Loopback], r.Addresses);
        Assert.Null(r.ConnectPort);
    }

    [Fact]
    public void Parses_several_addresses_and_bracketed_ipv6()
    {
        var r = ResolveOverride.Parse("a.example:80:[::1],10.0.0.2");
        Assert.Equal([IPAddress.IPv6Loopback, IPAddress.Parse("10.0.0.2")], r.Addresses);
    }

    [Fact]
    public void Parses_a_connect_port()
    {
        var r = ResolveOverride.Parse("a.example:80:127.0.0.1:8080");
        Assert.Equal(8080, r.ConnectPort);
        Assert.Equal("a.example:80:127.0.0.1:8080", r.ToString());
        Assert.Equal(8081, ResolveOverride.Parse("a.example:443:[::1]:8081").ConnectPort);
    }

    [Theory]
    [InlineData("a.example")]
    [InlineData("a.example:443")]
    [InlineData("a.example:x:127.0.0.1")]
    [InlineData("a.example:443:not-an-ip")]
    [InlineData("a.example:70000:127.0.0.1")]
    public void Rejects_malformed_text(string text) => Assert.Throws<FormatException>(() => ResolveOverride.Parse(text));
}

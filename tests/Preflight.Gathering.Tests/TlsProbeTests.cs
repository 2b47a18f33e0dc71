using Preflight.Core.Sites;

namespace Preflight.Gathering.Tests;

[Collection(FixtureSiteGroup.Name)]
public sealed class TlsProbeTests
{
    private readonly FixtureSite _site;

    public TlsProbeTests(FixtureSite site) => _site = site;

    private async Task<TlsEvidence> Probe(string host, GatherOptions? options = null)
    {
        var evidence = await SiteGatherer.GatherAsync(_site.Https(host), SiteRoles.Website, options ?? _site.Options(), CancellationToken.None);
        Assert.NotNull(evidence.Tls);
        return evidence.Tls!;
    }

    [Fact]
    public async Task Good_certificate_with_its_intermediate_is_trusted()
    {
        var tls = await Probe("good.preflight.test");
        Assert.True(tls.Trusted, string.Join("; ", tls.Problems.Concat(tls.Details)));
        Assert.Equal("TLSv1.3", tls.Protocol);
        Assert.Equal(2, tls.Chain.Count);
        Assert.Contains("good.preflight.test", tls.Chain[0].DnsNames);
        Assert.Contains("CN=Preflight Test Intermediate", tls.Chain[0].Issuer);
        Assert.Equal(_site.Pki.Intermediate.Subject, tls.Chain[1].Subject);
        Assert.StartsWith("-----BEGIN CERTIFICATE-----", tls.Chain[0].Pem);
        Assert.Equal(64, tls.Chain[0].Thumbprint!.Length);
        Assert.True(tls.Chain[0].NotAfter > DateTimeOffset.UtcNow.AddDays(200));
    }

    [Fact]
    public async Task Second_name_on_the_certificate_is_trusted_too()
    {
        var tls = await Probe("www.good.preflight.test");
        Assert.True(tls.Trusted, string.Join("; ", tls.Problems.Concat(tls.Details)));
    }

    [Fact]
    public async Task Expired_certificate_is_reported_with_its_dates()
    {
        var tls = await Probe("expired.preflight.test");
        Assert.Contains(ChainStatuses.Expired, tls.Problems);
        Assert.DoesNotContain(ChainStatuses.NotYetValid, tls.Problems);
        Assert.True(tls.Chain[0].NotAfter < DateTimeOffset.UtcNow);
        Assert.NotEmpty(tls.Details);
    }

    [Fact]
    public async Task Certificate_not_yet_valid_is_reported()
    {
        var tls = await Probe("future.preflight.test");
        Assert.Contains(ChainStatuses.NotYetValid, tls.Problems);
        Assert.DoesNotContain(ChainStatuses.Expired, tls.Problems);
    }

    [Fact]
    public async Task Certificate_for_another_host_is_a_hostname_mismatch()
    {
        var tls = await Probe("wrong.preflight.test");
        Assert.Equal([ChainStatuses.HostnameMismatch], tls.Problems);
        Assert.Contains(tls.Details, d => d.Contains("other.example") && d.Contains("wrong.preflight.test"));
    }

    [Fact]
    public async Task Www_host_on_an_apex_only_certificate_is_a_hostname_mismatch()
    {
        Assert.True((await Probe("apex.preflight.test")).Trusted);
        var www = await Probe("www.apex.preflight.test");
        Assert.Equal([ChainStatuses.HostnameMismatch], www.Problems);
    }

    [Fact]
    public async Task Self_signed_certificate_is_reported_as_self_signed()
    {
        var tls = await Probe("selfsigned.preflight.test");
        Assert.Equal([ChainStatuses.SelfSigned], tls.Problems);
        Assert.Single(tls.Chain);
    }

    [Fact]
    public async Task Certificate_from_an_unknown_root_is_not_trusted()
    {
        var tls = await Probe("unknownroot.preflight.test");
        Assert.False(tls.Trusted);
        Assert.Equal([ChainStatuses.UntrustedRoot], tls.Problems);
        Assert.Contains(tls.Details, d => d.Contains("Nobody Trusts This Root"));
    }

    [Fact]
    public async Task Server_that_omits_its_intermediate_has_an_incomplete_chain()
    {
        var tls = await Probe("nochain.preflight.test");
        Assert.Equal([ChainStatuses.IncompleteChain], tls.Problems);
        Assert.Single(tls.Chain);
        Assert.Contains(tls.Details, d => d.Contains("Preflight Test Intermediate") && d.Contains("ca.preflight.test"));
    }

    [Fact]
    public async Task Without_the_test_root_the_system_store_does_not_trust_the_fixture()
    {
        var tls = await Probe("good.preflight.test", _site.Options() with { TrustRoots = null });
        Assert.False(tls.Trusted);
    }

    [Fact]
    public async Task Server_that_never_answers_the_handshake_fails_within_the_read_timeout()
    {
        var started = DateTimeOffset.UtcNow;
        var evidence = await SiteGatherer.GatherAsync($"https://hang.preflight.test:{_site.HangPort}/", SiteRoles.Website,
            _site.Options() with { ProbeHttp = false }, CancellationToken.None);
        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(8));
        Assert.Equal([ChainStatuses.HandshakeFailed], evidence.Tls!.Problems);
        Assert.Equal(GatherErrorKinds.Timeout, evidence.ErrorKind);
    }
}

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Preflight.Cli.Tests.Sites;

/// <summary>
/// Certificates made at run time for the loopback fixture site: a test root and intermediate, and leaves that are good,
/// expired, not yet valid, expiring within days, for another host, self-signed, from a root nobody trusts, or meant
/// to be served without their intermediate.
/// </summary>
public sealed class SitePki : IDisposable
{
    public const string Domain = "brightsmiledental.com";

    private readonly List<IDisposable> _owned = [];

    public SitePki()
    {
        var now = DateTimeOffset.UtcNow;
        Root = Ca("Bright Test Root CA", null, now.AddYears(-10), now.AddYears(10));
        Intermediate = Ca("Bright Test Issuing CA", Root, now.AddYears(-5), now.AddYears(5));
        UnknownRoot = Ca("Nobody Trusts This Root", null, now.AddYears(-10), now.AddYears(10));
        Good = Leaf(Intermediate, now.AddDays(-30), now.AddDays(300), "www." + Domain, Domain, "plain." + Domain, "hang." + Domain);
        Expired = Leaf(Intermediate, now.AddYears(-1), now.AddDays(-3), "expired." + Domain);
        NotYetValid = Leaf(Intermediate, now.AddDays(10), now.AddYears(1), "future." + Domain);
        ExpiresSoon = Leaf(Intermediate, now.AddDays(-80), now.AddDays(9), "soon." + Domain);
        WrongHost = Leaf(Intermediate, now.AddDays(-30), now.AddDays(300), "shop.example.net");
        SelfSigned = SelfSignedLeaf(now.AddDays(-30), now.AddDays(300), "selfsigned." + Domain);
        UnknownIssuer = Leaf(UnknownRoot, now.AddDays(-30), now.AddDays(300), "unknownroot." + Domain);
        MissingIntermediate = Leaf(Intermediate, now.AddDays(-30), now.AddDays(300), "nochain." + Domain);
    }

    public X509Certificate2 Root { get; }
    public X509Certificate2 Intermediate { get; }
    public X509Certificate2 UnknownRoot { get; }
    public X509Certificate2 Good { get; }
    public X509Certificate2 Expired { get; }
    public X509Certificate2 NotYetValid { get; }
    public X509Certificate2 ExpiresSoon { get; }
    public X509Certificate2 WrongHost { get; }
    public X509Certificate2 SelfSigned { get; }
    public X509Certificate2 UnknownIssuer { get; }
    public X509Certificate2 MissingIntermediate { get; }

    private X509Certificate2 Ca(string name, X509Certificate2? issuer, DateTimeOffset from, DateTimeOffset to)
    {
        var key = Own(ECDsa.Create(ECCurve.NamedCurves.nistP256));
        var req = new CertificateRequest($"CN={name}, O=Preflight Tests", key, HashAlgorithmName.SHA256);
        req.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        req.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        req.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(req.PublicKey, false));
        if (issuer is null) return Own(req.CreateSelfSigned(from, to));
        req.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        using var bare = req.Create(issuer, from, to, Serial());
        return Own(bare.CopyWithPrivateKey(key));
    }

    private X509Certificate2 Leaf(X509Certificate2 issuer, DateTimeOffset from, DateTimeOffset to, params string[] names)
    {
        var key = Own(ECDsa.Create(ECCurve.NamedCurves.nistP256));
        var req = LeafRequest(key, names);
        req.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        if (issuer == Intermediate) // as public CAs do: where the issuer can be downloaded (strict clients never do)
            req.CertificateExtensions.Add(new X509AuthorityInformationAccessExtension(null, ["http://ca.brighttest.example/issuing.crt"]));
        using var bare = req.Create(issuer, from, to, Serial());
        return Own(bare.CopyWithPrivateKey(key));
    }

    private X509Certificate2 SelfSignedLeaf(DateTimeOffset from, DateTimeOffset to, params string[] names)
    {
        var key = Own(ECDsa.Create(ECCurve.NamedCurves.nistP256));
        return Own(LeafRequest(key, names).CreateSelfSigned(from, to));
    }

    private static CertificateRequest LeafRequest(ECDsa key, string[] names)
    {
        var req = new CertificateRequest($"CN={names[0]}, O=Preflight Tests", key, HashAlgorithmName.SHA256);
        req.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        req.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        req.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        req.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(req.PublicKey, false));
        var san = new SubjectAlternativeNameBuilder();
        foreach (var n in names) san.AddDnsName(n);
        req.CertificateExtensions.Add(san.Build());
        return req;
    }

    private static byte[] Serial()
    {
        var b = RandomNumberGenerator.GetBytes(12);
        b[0] = (byte)((b[0] & 0x7F) | 0x01);
        return b;
    }

    private T Own<T>(T item) where T : IDisposable
    {
        _owned.Add(item);
        return item;
    }

    public void Dispose()
    {
        foreach (var o in _owned) o.Dispose();
    }
}

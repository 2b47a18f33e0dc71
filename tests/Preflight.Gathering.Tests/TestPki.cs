using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Preflight.Gathering.Tests;

/// <summary>
/// Certificates made at run time: a test root and intermediate, and leaves that are good, expired, not yet valid,
/// for another host, self-signed, issued by a root nobody trusts, or meant to be served without their intermediate.
/// </summary>
public sealed class TestPki : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    public TestPki()
    {
        var now = DateTimeOffset.UtcNow;
        Root = Ca("Preflight Test Root", null, now.AddYears(-10), now.AddYears(10));
        Intermediate = Ca("Preflight Test Intermediate", Root, now.AddYears(-5), now.AddYears(5));
        UnknownRoot = Ca("Nobody Trusts This Root", null, now.AddYears(-10), now.AddYears(10));
        Good = Leaf(Intermediate, now.AddDays(-30), now.AddDays(300), "good.preflight.test", "www.good.preflight.test",
            "redirect.preflight.test", "noredirect.preflight.test", "hang.preflight.test");
        Expired = Leaf(Intermediate, now.AddYears(-2), now.AddDays(-3), "expired.preflight.test");
        NotYetValid = Leaf(Intermediate, now.AddDays(10), now.AddYears(1), "future.preflight.test");
        WrongHost = Leaf(Intermediate, now.AddDays(-30), now.AddDays(300), "other.example");
        ApexOnly = Leaf(Intermediate, now.AddDays(-30), now.AddDays(300), "apex.preflight.test");
        SelfSigned = SelfSignedLeaf(now.AddDays(-30), now.AddDays(300), "selfsigned.preflight.test");
        UnknownIssuer = Leaf(UnknownRoot, now.AddDays(-30), now.AddDays(300), "unknownroot.preflight.test");
        MissingIntermediate = Leaf(Intermediate, now.AddDays(-30), now.AddDays(300), "nochain.preflight.test");
    }

    public X509Certificate2 Root { get; }
    public X509Certificate2 Intermediate { get; }
    public X509Certificate2 UnknownRoot { get; }
    public X509Certificate2 Good { get; }
    public X509Certificate2 Expired { get; }
    public X509Certificate2 NotYetValid { get; }
    public X509Certificate2 WrongHost { get; }
    public X509Certificate2 ApexOnly { get; }
    public X509Certificate2 SelfSigned { get; }
    public X509Certificate2 UnknownIssuer { get; }
    public X509Certificate2 MissingIntermediate { get; }

    public X509Certificate2Collection TrustRoots => [Root];

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
        if (issuer == Intermediate) // as public CAs do: where to find the issuer (never fetched by the gatherer)
            req.CertificateExtensions.Add(new X509AuthorityInformationAccessExtension(null, ["http://ca.preflight.test/intermediate.crt"]));
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

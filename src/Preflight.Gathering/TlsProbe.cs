using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Preflight.Core.Sites;

namespace Preflight.Gathering;

/// <summary>
/// Shakes hands with a server the way a strict client does and records what it sent: the protocol and every
/// certificate, then judges the chain without fetching missing intermediates (review bots do not fetch them
/// either), against the system store or the given roots. A bad certificate is recorded, never thrown.
/// </summary>
internal sealed class TlsProbe
{
    private readonly GatherOptions _options;
    private readonly Connector _connector;

    public TlsProbe(GatherOptions options, Connector connector)
    {
        _options = options;
        _connector = connector;
    }

    /// <summary>The chain policy of a strict client: no downloads, no revocation fetching.</summary>
    public static X509ChainPolicy StrictPolicy(GatherOptions options, DateTimeOffset? at = null)
    {
        var policy = new X509ChainPolicy
        {
            DisableCertificateDownloads = true,
            RevocationMode = X509RevocationMode.NoCheck,
            VerificationTimeIgnored = at is null,
        };
        if (at is { } t) policy.VerificationTime = t.UtcDateTime;
        policy.ApplicationPolicy.Add(new Oid("1.3.6.1.5.5.7.3.1")); // server authentication
        if (options.TrustRoots is { Count: > 0 } roots)
        {
            policy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            policy.CustomTrustStore.AddRange(roots);
        }
        return policy;
    }

    /// <summary>
    /// Probes host:port. Throws <see cref="GatherException"/> only when no TCP connection could be made (then there
    /// is no TLS fact to record); a failed handshake is returned as <see cref="ChainStatuses.HandshakeFailed"/>.
    /// </summary>
    public async Task<TlsEvidence> ProbeAsync(string host, int port, CancellationToken ct)
    {
        var socket = await _connector.ConnectAsync(host, port, ct).ConfigureAwait(false);
        var sent = new List<X509Certificate2>();
        var isIp = System.Net.IPAddress.TryParse(host.Trim('[', ']'), out _);
        var ssl = new SslClientAuthenticationOptions
        {
            TargetHost = isIp ? host.Trim('[', ']') : host,
            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
            CertificateChainPolicy = StrictPolicy(_options),
            RemoteCertificateValidationCallback = (_, certificate, chain, _) =>
            {
                // The chain policy's extra store holds what the server sent; the leaf comes first.
                if (certificate is not null) sent.Add(X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
                if (chain is not null)
                    foreach (var c in chain.ChainPolicy.ExtraStore)
                        if (!sent.Any(s => s.RawDataMemory.Span.SequenceEqual(c.RawDataMemory.Span)))
                            sent.Add(X509CertificateLoader.LoadCertificate(c.RawDataMemory.Span));
                return true;
            },
        };
        var stream = new SslStream(new NetworkStream(socket, ownsSocket: true), leaveInnerStreamOpen: false);
        await using (stream.ConfigureAwait(false))
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            cts.CancelAfter(_options.ReadTimeout);
            try
            {
                await stream.AuthenticateAsClientAsync(ssl, cts.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is AuthenticationException or IOException or SocketException
                                          || (e is OperationCanceledException && !ct.IsCancellationRequested))
            {
                var why = e is OperationCanceledException
                    ? $"the TLS handshake did not finish within {_options.ReadTimeout.TotalSeconds:0.#} s"
                    : $"the TLS handshake failed: {Innermost(e).Message}";
                var partial = sent.Count > 0 ? Judge(host, sent) : null;
                DisposeAll(sent);
                return new TlsEvidence
                {
                    Host = host,
                    Port = port,
                    Chain = partial?.Chain ?? [],
                    Problems = [ChainStatuses.HandshakeFailed, .. partial?.Problems ?? []],
                    Details = [why, .. partial?.Details ?? []],
                    Error = why,
                };
            }
            var judged = Judge(host, sent);
            DisposeAll(sent);
            return judged with { Protocol = ProtocolName(stream.SslProtocol), Port = port };
        }
    }

    /// <summary>Judges the certificates a server sent (leaf first) for <paramref name="host"/>.</summary>
    public TlsEvidence Judge(string host, IReadOnlyList<X509Certificate2> sent)
    {
        var now = _options.TimeProvider.GetUtcNow();
        var evidence = sent.Select(Describe).ToArray();
        if (sent.Count == 0)
            return new TlsEvidence { Host = host, Problems = [ChainStatuses.HandshakeFailed], Details = ["the server sent no certificate"] };

        var leaf = sent[0];
        var problems = new List<string>();
        var details = new List<string>();
        using (var chain = new X509Chain())
        {
            chain.ChainPolicy = StrictPolicy(_options, now);
            for (var i = 1; i < sent.Count; i++) chain.ChainPolicy.ExtraStore.Add(sent[i]);
            chain.Build(leaf);
            var flags = X509ChainStatusFlags.NoError;
            foreach (var s in chain.ChainStatus)
            {
                flags |= s.Status;
                var text = s.StatusInformation.Trim();
                if (text.Length > 0 && !details.Contains(text)) details.Add(text);
            }
            foreach (var element in chain.ChainElements)
                foreach (var s in element.ChainElementStatus)
                    flags |= s.Status;

            if (flags.HasFlag(X509ChainStatusFlags.NotTimeValid))
            {
                var leafExpired = now > leaf.NotAfter.ToUniversalTime();
                var leafEarly = now < leaf.NotBefore.ToUniversalTime();
                if (leafExpired) problems.Add(ChainStatuses.Expired);
                if (leafEarly) problems.Add(ChainStatuses.NotYetValid);
                if (!leafExpired && !leafEarly)
                {
                    // An issuer, not the leaf, is out of its dates.
                    var anyEarly = chain.ChainElements.Any(e => now < e.Certificate.NotBefore.ToUniversalTime());
                    problems.Add(anyEarly ? ChainStatuses.NotYetValid : ChainStatuses.Expired);
                }
            }
            var selfSigned = IsSelfIssued(leaf) && chain.ChainElements.Count == 1;
            if (flags.HasFlag(X509ChainStatusFlags.PartialChain))
            {
                // The issuer of the last certificate sent is nowhere. Public CAs name where their intermediate can be
                // downloaded (AIA caIssuers): then the server forgot to send it. Without that pointer the issuer is
                // most likely a private root no client has.
                var top = sent[^1];
                var pointer = top.Extensions.OfType<X509AuthorityInformationAccessExtension>().SelectMany(a => a.EnumerateCAIssuersUris()).FirstOrDefault();
                if (pointer is not null)
                {
                    problems.Add(ChainStatuses.IncompleteChain);
                    details.Add($"the server did not send the intermediate certificate \"{top.Issuer}\" (it is published at {pointer}; strict clients do not download it)");
                }
                else
                {
                    problems.Add(ChainStatuses.UntrustedRoot);
                    details.Add($"\"{top.Issuer}\", the issuer of \"{top.Subject}\", was not sent and is not a trusted root");
                }
            }
            else if (flags.HasFlag(X509ChainStatusFlags.UntrustedRoot))
                problems.Add(selfSigned ? ChainStatuses.SelfSigned : ChainStatuses.UntrustedRoot);
            const X509ChainStatusFlags Broken = X509ChainStatusFlags.NotSignatureValid | X509ChainStatusFlags.InvalidBasicConstraints
                | X509ChainStatusFlags.Cyclic | X509ChainStatusFlags.NotValidForUsage | X509ChainStatusFlags.InvalidExtension
                | X509ChainStatusFlags.InvalidNameConstraints | X509ChainStatusFlags.HasNotSupportedNameConstraint
                | X509ChainStatusFlags.HasNotPermittedNameConstraint | X509ChainStatusFlags.HasExcludedNameConstraint
                | X509ChainStatusFlags.InvalidPolicyConstraints | X509ChainStatusFlags.Revoked | X509ChainStatusFlags.ExplicitDistrust;
            if ((flags & Broken) != 0 && !problems.Contains(ChainStatuses.UntrustedRoot) && !problems.Contains(ChainStatuses.SelfSigned))
                problems.Add(ChainStatuses.UntrustedRoot);
        }

        var name = host.Trim('[', ']');
        if (!leaf.MatchesHostname(name, allowWildcards: true, allowCommonName: false))
        {
            problems.Add(ChainStatuses.HostnameMismatch);
            var names = evidence[0].DnsNames;
            details.Add(names.Count == 0
                ? $"the certificate names no host, so it is not valid for {name}"
                : $"the certificate is for {string.Join(", ", names)}, not for {name}");
        }
        return new TlsEvidence { Host = host, Chain = evidence, Problems = problems.Distinct().ToArray(), Details = details };
    }

    public static CertificateEvidence Describe(X509Certificate2 c)
    {
        var names = new List<string>();
        foreach (var ext in c.Extensions)
        {
            if (ext is not X509SubjectAlternativeNameExtension san) continue;
            names.AddRange(san.EnumerateDnsNames());
            names.AddRange(san.EnumerateIPAddresses().Select(a => a.ToString()));
        }
        return new CertificateEvidence
        {
            Subject = c.Subject,
            Issuer = c.Issuer,
            NotBefore = new DateTimeOffset(c.NotBefore.ToUniversalTime(), TimeSpan.Zero),
            NotAfter = new DateTimeOffset(c.NotAfter.ToUniversalTime(), TimeSpan.Zero),
            DnsNames = names,
            Thumbprint = c.GetCertHashString(HashAlgorithmName.SHA256),
            Pem = c.ExportCertificatePem(),
        };
    }

    private static bool IsSelfIssued(X509Certificate2 c) => c.SubjectName.RawData.AsSpan().SequenceEqual(c.IssuerName.RawData);

    private static string ProtocolName(SslProtocols p) => p switch
    {
        SslProtocols.Tls13 => "TLSv1.3",
        SslProtocols.Tls12 => "TLSv1.2",
        _ => p.ToString(),
    };

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e;
    }

    private static void DisposeAll(List<X509Certificate2> certs)
    {
        foreach (var c in certs) c.Dispose();
    }
}

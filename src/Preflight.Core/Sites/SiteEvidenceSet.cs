using Preflight.Core.Engine;

namespace Preflight.Core.Sites;

/// <summary>What a URL is to the submission; decides which rules read it.</summary>
public static class SiteRoles
{
    /// <summary>The page where consumers give consent (a URL in the message flow).</summary>
    public const string OptIn = "optIn";
    public const string Privacy = "privacy";
    public const string Terms = "terms";

    /// <summary>The brand's website.</summary>
    public const string Website = "website";

    /// <summary>A URL given on the command line with no role: rules judge it by what the page is.</summary>
    public const string Unknown = "unknown";
}

/// <summary>Everything gathered from the web for one submission. Serializable, so a crawl can be judged again offline.</summary>
public sealed record SiteEvidenceSet
{
    public IReadOnlyList<SiteEvidence> Sites { get; init; } = [];

    /// <summary>The inputs this crawl can feed to rules, from the roles of the URLs gathered.</summary>
    public Needs Provides
    {
        get
        {
            var n = Needs.None;
            foreach (var s in Sites)
            {
                n |= s.Role switch
                {
                    SiteRoles.OptIn => Needs.OptInPage,
                    SiteRoles.Privacy => Needs.PrivacyPage,
                    SiteRoles.Terms => Needs.TermsPage,
                    SiteRoles.Website => Needs.Website,
                    _ => Needs.None,
                };
                if (s.Tls is not null) n |= Needs.Tls;
                if (s.Redirects.Count > 0 || s.Page is not null) n |= Needs.Redirects;
            }
            return n;
        }
    }

    /// <summary>The evidence gathered for a role, in the order gathered.</summary>
    public IEnumerable<SiteEvidence> ForRole(string role) => Sites.Where(s => s.Role == role);
}

/// <summary>What was gathered about one URL: raw facts only; judging is the rules' job.</summary>
public sealed record SiteEvidence
{
    /// <summary>The URL as the submission or the user gave it.</summary>
    public required string Url { get; init; }

    /// <summary>One of <see cref="SiteRoles"/>.</summary>
    public string Role { get; init; } = SiteRoles.Unknown;

    public DateTimeOffset GatheredAt { get; init; }

    public DnsEvidence? Dns { get; init; }

    /// <summary>The TLS handshake with the first https:// host reached; null for plain http.</summary>
    public TlsEvidence? Tls { get; init; }

    /// <summary>Each hop followed, in order, ending with the final response.</summary>
    public IReadOnlyList<RedirectHop> Redirects { get; init; } = [];

    /// <summary>Whether http:// on port 80 for the same host redirects to https://; null when not probed.</summary>
    public bool? HttpRedirectsToHttps { get; init; }

    /// <summary>Why the http:// probe behind <see cref="HttpRedirectsToHttps"/> found no answer (port 80 closed…), if it did not.</summary>
    public string? HttpProbeError { get; init; }

    public PageEvidence? Page { get; init; }

    public RenderEvidence? Render { get; init; }

    /// <summary>Why gathering stopped early (timeout, refused private address, redirect loop…), if it did.</summary>
    public string? Error { get; init; }

    /// <summary>A machine-readable kind for <see cref="Error"/>: "dns", "connect", "timeout", "tls", "private-address", "too-many-redirects", "redirect-loop", "too-large", "http".</summary>
    public string? ErrorKind { get; init; }
}

public sealed record DnsEvidence(string Host, bool HostIsIpAddress, IReadOnlyList<string> Addresses, string? Error);

/// <summary>The states a strict client (no fetching of missing intermediates) can reach when building the chain.</summary>
public static class ChainStatuses
{
    public const string Trusted = "trusted";
    public const string Expired = "expired";
    public const string NotYetValid = "notYetValid";
    public const string HostnameMismatch = "hostnameMismatch";
    public const string SelfSigned = "selfSigned";
    public const string UntrustedRoot = "untrustedRoot";
    public const string IncompleteChain = "incompleteChain";
    public const string HandshakeFailed = "handshakeFailed";
}

public sealed record TlsEvidence
{
    public required string Host { get; init; }
    public int Port { get; init; } = 443;
    public string? Protocol { get; init; }

    /// <summary>The certificates the server sent, leaf first.</summary>
    public IReadOnlyList<CertificateEvidence> Chain { get; init; } = [];

    /// <summary>Every problem found (empty when trusted): values of <see cref="ChainStatuses"/>.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>The platform's own chain-status messages, for the report.</summary>
    public IReadOnlyList<string> Details { get; init; } = [];

    public bool Trusted => Problems.Count == 0;

    public string? Error { get; init; }
}

public sealed record CertificateEvidence
{
    public required string Subject { get; init; }
    public required string Issuer { get; init; }
    public DateTimeOffset NotBefore { get; init; }
    public DateTimeOffset NotAfter { get; init; }
    public IReadOnlyList<string> DnsNames { get; init; } = [];
    public string? Thumbprint { get; init; }
    public string? Pem { get; init; }
}

public sealed record RedirectHop(string Url, int Status, string? Location);

public sealed record PageEvidence
{
    public required string FinalUrl { get; init; }
    public int Status { get; init; }
    public string? ContentType { get; init; }
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>The HTML as served, cut at the size limit.</summary>
    public string Html { get; init; } = "";

    public bool Truncated { get; init; }

    /// <summary>Scripts, images, stylesheets, frames and form actions the page references, resolved to absolute URLs.</summary>
    public IReadOnlyList<SubResource> Resources { get; init; } = [];
}

/// <param name="Kind">"script", "img", "css", "iframe", "media", "form-action" or "other".</param>
public sealed record SubResource(string Url, string Kind, string? Selector);

/// <summary>The page as headless Chromium showed it after scripts ran.</summary>
public sealed record RenderEvidence
{
    /// <summary>Why no render was made (Chromium missing, timed out…); null when it was.</summary>
    public string? Skipped { get; init; }

    public string? Html { get; init; }

    public IReadOnlyList<CheckboxState> Checkboxes { get; init; } = [];

    /// <summary>A file name (relative to the saved evidence folder) or a data: URI of a full-page PNG screenshot.</summary>
    public string? Screenshot { get; init; }

    /// <summary>Where each element of interest was on the screenshot, by CSS selector.</summary>
    public IReadOnlyDictionary<string, ElementBox> Boxes { get; init; } = new Dictionary<string, ElementBox>();
}

public sealed record CheckboxState(string Selector, bool Checked, bool Required, string? Label);

public sealed record ElementBox(double X, double Y, double Width, double Height);

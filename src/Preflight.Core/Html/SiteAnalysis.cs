using Preflight.Core.Sites;

namespace Preflight.Core.Html;

/// <summary>Whether the gatherer got a page for a URL, and if not, why.</summary>
public enum LoadState
{
    Loaded,

    /// <summary>The host name does not resolve.</summary>
    NoSuchDomain,

    /// <summary>The host resolves but nothing answered (connection refused, timed out).</summary>
    Unreachable,

    /// <summary>The TLS handshake failed before any page was served.</summary>
    TlsFailed,

    /// <summary>The server answered with an error status (404, 500…).</summary>
    HttpError,

    /// <summary>The redirects loop or go on too long.</summary>
    RedirectProblem,

    /// <summary>The gatherer refused to connect (private address) or stopped for another reason of its own.</summary>
    NotGathered,
}

/// <summary>
/// The analysis of one gathered URL: its load state, and (lazily) the parsed page and what the opt-in, policy, terms
/// and age-gate analyzers find on it, each computed at most once per instance. Rules get theirs from
/// <see cref="Engine.RuleContext.Site"/>, which keeps one per evidence for the submission being judged; other callers
/// hold on to the instance <see cref="For"/> returns.
/// </summary>
public sealed class SiteAnalysis
{
    private readonly object _gate = new();
    private HtmlPage? _page;
    private bool _parsed;
    private OptInPageAnalysis? _optIn;
    private PrivacyPolicyAnalysis? _policy;
    private TermsAnalysis? _terms;
    private AgeGate? _ageGate;

    private SiteAnalysis(SiteEvidence site)
    {
        Site = site;
        (State, Problem) = Judge(site);
    }

    /// <summary>A new analysis of the evidence (nothing is parsed until asked for).</summary>
    public static SiteAnalysis For(SiteEvidence site) => new(site);

    public SiteEvidence Site { get; }

    public LoadState State { get; }

    /// <summary>What went wrong, in words for the report; null when the page loaded.</summary>
    public string? Problem { get; }

    public bool Loaded => State == LoadState.Loaded;

    /// <summary>The page's address after redirects.</summary>
    public string Url => Site.Page?.FinalUrl ?? Site.Url;

    /// <summary>Whether the HTML judged is the browser's rendered DOM (scripts ran) rather than the HTML as served.</summary>
    public bool UsesRender => Site.Render is { Skipped: null, Html.Length: > 0 };

    /// <summary>The parsed page: the rendered DOM when a browser render exists, otherwise the HTML as served; null when nothing loaded.</summary>
    public HtmlPage? Page
    {
        get
        {
            lock (_gate)
            {
                if (_parsed) return _page;
                _parsed = true;
                if (!Loaded) return null;
                var html = UsesRender ? Site.Render!.Html : Site.Page?.Html;
                _page = HtmlPage.Parse(html, Url);
                return _page;
            }
        }
    }

    public OptInPageAnalysis OptIn
    {
        get
        {
            var page = Page;
            lock (_gate)
                return _optIn ??= page is null ? new OptInPageAnalysis() : OptInFormAnalyzer.Analyze(page, UsesRender ? Site.Render!.Checkboxes : null);
        }
    }

    public PrivacyPolicyAnalysis Policy
    {
        get
        {
            var page = Page;
            lock (_gate) return _policy ??= page is null ? new PrivacyPolicyAnalysis() : PolicyAnalyzer.Analyze(page);
        }
    }

    public TermsAnalysis Terms
    {
        get
        {
            var page = Page;
            lock (_gate) return _terms ??= page is null ? new TermsAnalysis() : TermsAnalyzer.Analyze(page);
        }
    }

    public AgeGate AgeGate
    {
        get
        {
            var page = Page;
            lock (_gate) return _ageGate ??= page is null ? AgeGate.None : AgeGateDetector.Detect(page);
        }
    }

    private static (LoadState, string?) Judge(SiteEvidence s)
    {
        switch (s.ErrorKind)
        {
            case "dns":
                return (LoadState.NoSuchDomain, s.Error ?? s.Dns?.Error ?? "the host name does not resolve");
            case "connect":
            case "timeout":
                return (LoadState.Unreachable, s.Error ?? "the server did not answer");
            case "tls":
                return (LoadState.TlsFailed, s.Error ?? s.Tls?.Error ?? "the TLS handshake failed");
            case "redirect-loop":
            case "too-many-redirects":
                return (LoadState.RedirectProblem, s.Error ?? s.ErrorKind);
            case "private-address":
                return (LoadState.NotGathered, s.Error ?? "the address is private; gathering refused");
        }
        if (s.Dns is { HostIsIpAddress: false } dns && (dns.Error is not null || dns.Addresses.Count == 0) && s.Page is null)
            return (LoadState.NoSuchDomain, dns.Error ?? $"{dns.Host} has no address");
        if (s.Page is null)
            return s.Tls is { Error: not null } tls
                ? (LoadState.TlsFailed, tls.Error)
                : (LoadState.NotGathered, s.Error ?? "no page was gathered");
        if (s.Page.Status >= 400)
            return (LoadState.HttpError, $"the server answered HTTP {s.Page.Status}");
        if (s.Page.Status is >= 300 and < 400)
            return (LoadState.RedirectProblem, $"the last response was a redirect (HTTP {s.Page.Status}) that was not followed");
        return (LoadState.Loaded, null);
    }
}

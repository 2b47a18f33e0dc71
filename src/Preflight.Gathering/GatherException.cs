namespace Preflight.Gathering;

/// <summary>Why gathering a URL stopped, with a machine-readable kind (see <c>SiteEvidence.ErrorKind</c>).</summary>
internal sealed class GatherException : Exception
{
    public GatherException(string kind, string message, Exception? inner = null) : base(message, inner) => Kind = kind;

    public string Kind { get; }
}

/// <summary>The values of <c>SiteEvidence.ErrorKind</c>.</summary>
public static class GatherErrorKinds
{
    public const string Dns = "dns";
    public const string Connect = "connect";
    public const string Timeout = "timeout";
    public const string Tls = "tls";
    public const string PrivateAddress = "private-address";
    public const string TooManyRedirects = "too-many-redirects";
    public const string RedirectLoop = "redirect-loop";
    public const string TooLarge = "too-large";
    public const string Http = "http";

    /// <summary>The address is not an http:// or https:// URL.</summary>
    public const string InvalidUrl = "invalid-url";
}

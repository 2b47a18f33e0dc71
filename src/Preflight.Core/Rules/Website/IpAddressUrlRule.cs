using System.Net;
using Preflight.Core.Engine;
using Preflight.Core.Html;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.Website;

/// <summary>Links must name a domain: certificates are almost never issued for IP addresses, and reviewers distrust them.</summary>
public sealed class IpAddressUrlRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF502",
        Equivalents = ["2103", "2104"],
        Title = "A link points at an IP address instead of a domain",
        Area = RuleArea.Website,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Publish the page under the brand's domain name (with a certificate for that name) and submit that address instead of the server's IP address.",
    };

    private static readonly string[] Linking = [Fields.Website, Fields.PrivacyPolicyLink, Fields.TermsAndConditionsLink, Fields.MessageFlow];

    public override Check Evaluate(RuleContext context)
    {
        // Nearly every link names a domain: the list and the set are made for the first that does not.
        List<Finding>? findings = null;
        HashSet<string>? seen = null;
        foreach (var pointer in Linking)
        {
            var field = context.Text.Field(pointer);
            foreach (var url in field.Urls)
                if (MayBeIpAddress(url.Host) && IPAddress.TryParse(url.Host, out _) && Seen(ref seen, url.Value))
                    (findings ??= []).Add(new Finding($"The link {url.Value} names the IP address {url.Host} instead of a domain.", Evidence.Words(pointer, field.Text, url.Start, url.Length)));
        }
        foreach (var s in SiteChecks.All(context))
        {
            var host = Uri.TryCreate(s.Site.Url, UriKind.Absolute, out var uri) ? uri.Host.Trim('[', ']') : null;
            var isIp = s.Site.Dns?.HostIsIpAddress == true || (host is not null && IPAddress.TryParse(host, out _));
            if (!isIp || !Seen(ref seen, s.Site.Url)) continue;
            (findings ??= []).Add(new Finding($"The address {s.Site.Url} names an IP address instead of a domain.", Evidence.Page(s.Site.Url, null, s.Site.Url)));
        }
        return findings is null ? Check.Pass : Check.From(findings);
    }

    /// <summary>
    /// False for a host that IPAddress.TryParse cannot read, so that a domain name is not parsed. Without a colon (and a
    /// host found in text has none) it can only be an IPv4 address, in one of the forms TryParse reads ("10.0.0.1",
    /// "10.1", "167772161", "0xa.1"), each of which starts with a digit.
    /// </summary>
    internal static bool MayBeIpAddress(string host) => (host.Length > 0 && char.IsAsciiDigit(host[0])) || host.Contains(':', StringComparison.Ordinal);

    // Whether an address is new to the findings (compared without regard to case), noting it.
    private static bool Seen(ref HashSet<string>? seen, string address) => (seen ??= new(StringComparer.OrdinalIgnoreCase)).Add(address);
}

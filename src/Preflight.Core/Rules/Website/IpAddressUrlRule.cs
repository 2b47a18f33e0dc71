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

    public override Check Evaluate(RuleContext context)
    {
        var findings = new List<Finding>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pointer in new[] { Fields.Website, Fields.PrivacyPolicyLink, Fields.TermsAndConditionsLink, Fields.MessageFlow })
        {
            var field = context.Text.Field(pointer);
            foreach (var url in field.Urls)
                if (IPAddress.TryParse(url.Host, out _) && seen.Add(url.Value))
                    findings.Add(new Finding($"The link {url.Value} names the IP address {url.Host} instead of a domain.", Evidence.Words(pointer, field.Text, url.Start, url.Length)));
        }
        foreach (var s in SiteChecks.All(context))
        {
            var host = Uri.TryCreate(s.Site.Url, UriKind.Absolute, out var uri) ? uri.Host.Trim('[', ']') : null;
            var isIp = s.Site.Dns?.HostIsIpAddress == true || (host is not null && IPAddress.TryParse(host, out _));
            if (!isIp || !seen.Add(s.Site.Url)) continue;
            findings.Add(new Finding($"The address {s.Site.Url} names an IP address instead of a domain.", Evidence.Page(s.Site.Url, null, s.Site.Url)));
        }
        return Check.From(findings);
    }
}

using Preflight.Core.Engine;
using Preflight.Core.Html;

namespace Preflight.Core.Rules.Website;

/// <summary>Someone typing the address without https must land on the secure page.</summary>
public sealed class HttpNotRedirectedRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF505",
        Equivalents = ["2103"],
        Title = "http:// does not redirect to https://",
        Area = RuleArea.Website,
        Severity = Severity.Warning,
        Needs = Needs.Redirects,
        Fix = "Make the web server answer every plain-http request with a permanent redirect (301 or 308) to the same address on https://.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var findings = new List<Finding>();
        var probed = false;
        var hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in SiteChecks.All(context))
        {
            if (s.Site.HttpRedirectsToHttps is not { } redirects) continue;
            probed = true;
            if (redirects) continue;
            var host = Uri.TryCreate(s.Site.Url, UriKind.Absolute, out var u) ? u.Host : s.Site.Url;
            // The probe is per host: several pages on one host are one defect.
            if (!hosts.Add(host)) continue;
            findings.Add(new Finding(
                $"http://{host}/ is served over plain http instead of redirecting to https://.",
                Evidence.Page("http://" + host + "/", null, "no redirect to https", "redirects")));
        }
        return probed || findings.Count > 0 ? Check.From(findings) : Check.NotEvaluated("plain http was not probed");
    }
}

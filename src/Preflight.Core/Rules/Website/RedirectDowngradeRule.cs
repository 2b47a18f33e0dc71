using Preflight.Core.Engine;
using Preflight.Core.Html;

namespace Preflight.Core.Rules.Website;

/// <summary>An https address that redirects to an http:// page ends up collecting data without encryption.</summary>
public sealed class RedirectDowngradeRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF507",
        Equivalents = ["2103"],
        Title = "An https link redirects to an http:// page",
        Area = RuleArea.Website,
        Severity = Severity.Rejection,
        Needs = Needs.Redirects,
        Fix = "Fix the redirect so it stays on https:// all the way (check the CMS's site URL setting and any redirect plug-in), then submit the final https address.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var findings = new List<Finding>();
        foreach (var s in SiteChecks.All(context))
        {
            if (!MixedContent.IsHttps(s.Site.Url)) continue;
            var hop = s.Site.Redirects.Skip(1).FirstOrDefault(h => MixedContent.IsHttp(h.Url));
            var final = s.Site.Page?.FinalUrl;
            var insecure = hop?.Url ?? (final is not null && MixedContent.IsHttp(final) ? final : null);
            if (insecure is null) continue;
            findings.Add(new Finding(
                $"{s.Site.Url} redirects to the insecure address {insecure}.",
                Evidence.Page(s.Site.Url, null, insecure, "redirects")));
        }
        return Check.From(findings);
    }
}

using Preflight.Core.Engine;
using Preflight.Core.Html;
using Preflight.Core.Sites;

namespace Preflight.Core.Rules.Website;

/// <summary>The brand's website must load and be a real business site, not a parked domain or a placeholder.</summary>
public sealed class InauthenticWebsiteRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "807",
        Equivalents = ["804"],
        Title = "Website cannot be verified as the brand's real site",
        Area = RuleArea.Website,
        Severity = Severity.Warning,
        Needs = Needs.Website,
        Fix = "Publish the brand's real website (what it sells or does, how to contact it) at the submitted address before registering; a parked domain, a 'coming soon' page or a server's default page cannot be verified.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var sites = SiteChecks.Sites(context, SiteRoles.Website);
        if (sites.Count == 0) return Check.NotEvaluated("no brand website was gathered");
        if (sites.All(s => s.State == LoadState.NotGathered)) return Check.NotEvaluated($"the brand website was not gathered ({sites[0].Problem})");
        var findings = new List<Finding>();
        foreach (var s in sites)
        {
            if (s.State == LoadState.NotGathered) continue;
            if (!s.Loaded)
            {
                findings.Add(new Finding($"The brand website {s.Site.Url} does not load: {s.Problem}.", Evidence.Page(s.Site.Url, null, s.Problem)));
                continue;
            }
            var page = s.Page!;
            if (WebsiteSigns.Placeholder(page.Title, page.VisibleText) is { } sign)
                findings.Add(new Finding(
                    $"The brand website {s.Url} looks like a {sign.Kind}: {SiteChecks.Quote(sign.Excerpt)}.",
                    Evidence.Page(s.Url, page.SelectorOfText(sign.Excerpt) ?? "body", sign.Excerpt)));
        }
        return Check.From(findings);
    }
}

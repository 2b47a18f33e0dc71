using Preflight.Core.Engine;
using Preflight.Core.Html;
using Preflight.Core.Sites;

namespace Preflight.Core.Rules.Website;

/// <summary>The brand's website should be recognisably the brand's: its name on the page, or a domain that resembles it.</summary>
public sealed class WebsiteInconsistentWithBrandRule : Rule
{
    private const int Scan = 30_000;

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "603",
        Title = "Website does not appear to belong to the brand",
        Area = RuleArea.Website,
        Severity = Severity.Warning,
        Needs = Needs.Website,
        Fix = "Submit the website of the business that sends the messages, showing its name as registered (display name or legal name); if the site uses another trade name, register that name as the brand's display name.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var brand = context.Text.Brand;
        if (!brand.HasNames) return Check.Passed("no brand name to compare with");
        return SiteChecks.ForLoaded(context, SiteRoles.Website, "brand website", s => Judge(s, brand));
    }

    private static IEnumerable<Finding> Judge(SiteAnalysis s, Preflight.Core.Text.BrandNameMatcher brand)
    {
        var page = s.Page!;
        var text = page.VisibleText;
        if (brand.Find(page.Title) is not null || brand.Find(text.Length > Scan ? text[..Scan] : text) is not null) yield break;
        var host = Uri.TryCreate(s.Url, UriKind.Absolute, out var u) ? u.Host : "";
        if (host.Length > 0 && WebsiteSigns.HostResemblesBrand(host, brand)) yield break;
        yield return new Finding(
            $"The website {s.Url} (title {SiteChecks.Quote(page.Title)}) never mentions the brand, and its domain {host} does not resemble the brand name.",
            Evidence.Page(s.Url, "title", page.Title.Length > 0 ? page.Title : text));
    }
}

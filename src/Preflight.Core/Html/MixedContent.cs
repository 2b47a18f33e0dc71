using Preflight.Core.Sites;

namespace Preflight.Core.Html;

/// <summary>An http:// address an https:// page loads or posts to.</summary>
/// <param name="Kind">"script", "img", "css", "iframe", "media", "form-action" or "other", as in <see cref="SubResource"/>.</param>
public sealed record InsecureReference(string Url, string Kind, string? Selector);

/// <summary>Finds mixed content: an https page that loads scripts, images or frames over http, or whose form posts to http.</summary>
public static class MixedContent
{
    private static readonly (string Query, string Attribute, string Kind)[] Sources =
    [
        ("script[src]", "src", "script"),
        ("img[src]", "src", "img"),
        ("link[href]", "href", "css"),
        ("iframe[src]", "src", "iframe"),
        ("frame[src]", "src", "iframe"),
        ("video[src], audio[src], source[src], embed[src], object[data]", "src", "media"),
        ("form[action]", "action", "form-action"),
        ("button[formaction], input[formaction]", "formaction", "form-action"),
    ];

    /// <summary>
    /// Insecure references of a gathered page: from the gatherer's resource list when it has one, otherwise from the
    /// markup. Empty when the page itself is not served over https.
    /// </summary>
    public static IReadOnlyList<InsecureReference> Find(SiteAnalysis site)
    {
        var page = site.Site.Page;
        if (page is null || !IsHttps(page.FinalUrl)) return [];
        if (page.Resources.Count > 0)
            return page.Resources.Where(r => IsHttp(r.Url)).Select(r => new InsecureReference(r.Url, r.Kind, r.Selector)).ToArray();
        return site.Page is null ? [] : Find(site.Page);
    }

    /// <summary>Insecure references written in the markup (explicit http:// addresses; relative ones inherit https).</summary>
    public static IReadOnlyList<InsecureReference> Find(HtmlPage page)
    {
        var list = new List<InsecureReference>();
        foreach (var (query, attribute, kind) in Sources)
            foreach (var e in page.Document.QuerySelectorAll(query))
            {
                if (e.LocalName == "link" && !IsLoadedLink(e.GetAttribute("rel"))) continue;
                var value = e.GetAttribute(attribute == "src" && e.LocalName == "object" ? "data" : attribute)?.Trim();
                if (value is not null && IsHttp(value)) list.Add(new InsecureReference(value, kind, page.Selector(e)));
            }
        return list;
    }

    public static bool IsHttp(string url) => url.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    public static bool IsHttps(string url) => url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    // Only links the browser fetches as part of the page; rel=canonical/alternate are just addresses.
    private static bool IsLoadedLink(string? rel) =>
        rel is not null && rel.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(r => r.Equals("stylesheet", StringComparison.OrdinalIgnoreCase) || r.Equals("icon", StringComparison.OrdinalIgnoreCase) || r.Equals("preload", StringComparison.OrdinalIgnoreCase) || r.Equals("manifest", StringComparison.OrdinalIgnoreCase));
}

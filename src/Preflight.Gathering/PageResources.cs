using AngleSharp.Dom;
using Preflight.Core.Html;
using Preflight.Core.Sites;

namespace Preflight.Gathering;

/// <summary>The scripts, images, stylesheets, frames, media and form targets a page references, as absolute URLs.</summary>
internal static class PageResources
{
    private const int MaxResources = 2000;

    private static readonly (string Query, string Attribute, string Kind)[] Sources =
    [
        ("script[src]", "src", "script"),
        ("img[src]", "src", "img"),
        ("img[srcset], source[srcset]", "srcset", "img"),
        ("link[href]", "href", "css"),
        ("iframe[src], frame[src]", "src", "iframe"),
        ("video[src], audio[src], source[src], track[src], embed[src]", "src", "media"),
        ("video[poster]", "poster", "img"),
        ("object[data]", "data", "media"),
        ("form[action]", "action", "form-action"),
        ("button[formaction], input[formaction]", "formaction", "form-action"),
    ];

    public static IReadOnlyList<SubResource> Find(string html, Uri pageUrl)
    {
        if (string.IsNullOrWhiteSpace(html)) return [];
        var page = HtmlPage.Parse(html, pageUrl.AbsoluteUri);
        var baseUrl = pageUrl;
        if (page.Document.QuerySelector("base[href]")?.GetAttribute("href") is { } b && Uri.TryCreate(pageUrl, b.Trim(), out var bu)
            && (bu.Scheme == Uri.UriSchemeHttp || bu.Scheme == Uri.UriSchemeHttps))
            baseUrl = bu;

        var list = new List<SubResource>();
        var seen = new HashSet<(string, string, IElement)>();
        foreach (var (query, attribute, kind) in Sources)
        {
            foreach (var e in page.Document.QuerySelectorAll(query))
            {
                if (list.Count >= MaxResources) return list;
                var value = e.GetAttribute(attribute);
                if (string.IsNullOrWhiteSpace(value)) continue;
                var k = kind == "css" ? LinkKind(e) : kind;
                if (k is null) continue;
                foreach (var candidate in attribute == "srcset" ? SrcsetUrls(value) : [value])
                {
                    var url = Resolve(baseUrl, candidate);
                    if (url is null || !seen.Add((url, k, e))) continue;
                    list.Add(new SubResource(url, k, page.Selector(e)));
                }
            }
        }
        return list;
    }

    // Stylesheets are "css"; icons, preloads and manifests are fetched too ("other"); links to other pages are not.
    private static string? LinkKind(IElement link)
    {
        var rel = (link.GetAttribute("rel") ?? "").ToLowerInvariant();
        if (rel.Contains("stylesheet", StringComparison.Ordinal)) return "css";
        if (rel.Contains("icon", StringComparison.Ordinal) || rel.Contains("preload", StringComparison.Ordinal)
            || rel.Contains("manifest", StringComparison.Ordinal) || rel.Contains("modulepreload", StringComparison.Ordinal))
            return "other";
        return null;
    }

    private static IEnumerable<string> SrcsetUrls(string srcset)
    {
        foreach (var part in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = part.IndexOfAny([' ', '\t', '\n']);
            yield return space < 0 ? part : part[..space];
        }
    }

    private static string? Resolve(Uri baseUrl, string raw)
    {
        raw = raw.Trim();
        if (raw.Length == 0 || raw.StartsWith('#')) return null;
        if (!Uri.TryCreate(baseUrl, raw, out var u)) return null;
        return u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps ? u.AbsoluteUri : null;
    }
}

using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Preflight.Core.Html;

/// <summary>
/// One parsed HTML page: the DOM (as a browser without scripts builds it), its visible text and stable CSS selectors.
/// Pure: parses a string, never fetches anything. Computed facts are cached on the instance, behind a lock, so one
/// page may be read by several rules at once.
/// </summary>
public sealed class HtmlPage
{
    /// <summary>Pages are cut here before parsing; gatherers cap bodies well below this.</summary>
    public const int MaxChars = 3_000_000;

    private readonly object _gate = new();
    private string? _visibleText;
    private Dictionary<string, int>? _idCounts;

    private HtmlPage(IHtmlDocument document, string url)
    {
        Document = document;
        Url = url;
    }

    /// <summary>The page's address, for evidence.</summary>
    public string Url { get; }

    public IHtmlDocument Document { get; }

    public static HtmlPage Parse(string? html, string url = "")
    {
        html ??= "";
        if (html.Length > MaxChars) html = html[..MaxChars];
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, SkipComments = true, SkipScriptText = true });
        return new HtmlPage(parser.ParseDocument(html), url);
    }

    /// <summary>The document title, whitespace collapsed.</summary>
    public string Title => HtmlText.Collapse(Document.Title ?? "");

    /// <summary>The text a visitor sees, one line per block element.</summary>
    public string VisibleText
    {
        get
        {
            lock (_gate) return _visibleText ??= Document.Body is null ? "" : HtmlText.Visible(Document.Body);
        }
    }

    /// <summary>The texts of the main headings (h1, h2), in order.</summary>
    public IReadOnlyList<string> Headings =>
        Document.QuerySelectorAll("h1, h2").Select(h => HtmlText.Visible(h).Replace('\n', ' ')).Where(t => t.Length > 0).ToArray();

    /// <summary>A CSS selector that finds exactly this element: by id when it is unique, else a child path.</summary>
    public string Selector(IElement element)
    {
        Dictionary<string, int> counts;
        lock (_gate) counts = _idCounts ??= CountIds(Document);
        return CssSelectors.For(element, id => counts.TryGetValue(id, out var n) && n == 1);
    }

    /// <summary>The element a selector finds, or null when it finds none or is not valid CSS.</summary>
    public IElement? Find(string? selector)
    {
        if (string.IsNullOrWhiteSpace(selector)) return null;
        try { return Document.QuerySelector(selector); }
        catch (DomException) { return null; }
        catch (ArgumentException) { return null; }
    }

    /// <summary>The selector of the smallest element whose visible text holds <paramref name="snippet"/> (a quoted sentence), or null.</summary>
    public string? SelectorOfText(string? snippet)
    {
        if (string.IsNullOrWhiteSpace(snippet) || Document.Body is null) return null;
        var probe = HtmlText.Collapse(snippet);
        if (probe.Length > 60) probe = probe[..60];
        IElement? best = null;
        var bestLength = int.MaxValue;
        foreach (var e in Document.Body.QuerySelectorAll("p, li, td, th, dd, dt, h1, h2, h3, h4, h5, h6, blockquote, label, span, div, section, article"))
        {
            var len = e.TextContent.Length;
            if (len >= bestLength || len < probe.Length) continue;
            if (!HtmlText.Collapse(e.TextContent).Contains(probe, StringComparison.Ordinal)) continue;
            best = e;
            bestLength = len;
        }
        return best is null ? null : Selector(best);
    }

    private static Dictionary<string, int> CountIds(IDocument doc)
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in doc.QuerySelectorAll("[id]"))
        {
            var id = e.Id;
            if (string.IsNullOrEmpty(id)) continue;
            d[id] = d.TryGetValue(id, out var n) ? n + 1 : 1;
        }
        return d;
    }
}

using System.Text;
using AngleSharp.Dom;

namespace Preflight.Core.Html;

/// <summary>Visible text of DOM elements, the way a reader sees it: no scripts, no hidden parts, one line per block.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "head", "svg", "iframe", "object", "select", "option", "datalist", "canvas", "math",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer",
        "nav", "main", "aside", "table", "tr", "td", "th", "thead", "tbody", "form", "fieldset", "legend", "blockquote",
        "pre", "dd", "dt", "dl", "figure", "figcaption", "address", "hr", "details", "summary", "dialog", "body", "caption",
    };

    /// <summary>Whether an element is hidden from every visitor by markup (hidden attribute, inline display:none, type=hidden).</summary>
    public static bool IsHidden(IElement e)
    {
        if (e.HasAttribute("hidden")) return true;
        if (e.LocalName == "input" && string.Equals(e.GetAttribute("type"), "hidden", StringComparison.OrdinalIgnoreCase)) return true;
        var style = e.GetAttribute("style");
        if (style is null) return false;
        var s = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return s.Contains("display:none", StringComparison.Ordinal) || s.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    public static bool IsBlock(IElement e) => Blocks.Contains(e.LocalName);

    /// <summary>The visible text under <paramref name="root"/>, lines for blocks, spaces collapsed.</summary>
    public static string Visible(IElement root, IElement? except = null)
    {
        var sb = new StringBuilder();
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (node is IElement el)
            {
                if (closing)
                {
                    if (IsBlock(el)) sb.Append('\n');
                    continue;
                }
                if (el != root && (Skipped.Contains(el.LocalName) || IsHidden(el) || el == except)) continue;
                if (IsBlock(el)) sb.Append('\n');
                if (el.LocalName is "input" or "button")
                {
                    // A button's caption is part of what people read ("Sign me up"); an input's value is not.
                    var type = el.GetAttribute("type")?.ToLowerInvariant();
                    if (el.LocalName == "input" && type is "submit" or "button") sb.Append(' ').Append(el.GetAttribute("value")).Append(' ');
                }
                if (el.LocalName == "img")
                {
                    var alt = el.GetAttribute("alt");
                    if (!string.IsNullOrWhiteSpace(alt)) sb.Append(' ').Append(alt).Append(' ');
                }
                stack.Push((el, true));
                var children = el.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--) stack.Push((children[i], false));
            }
            else if (node.NodeType == NodeType.Text)
            {
                sb.Append(node.TextContent);
            }
        }
        return Lines(sb.ToString());
    }

    /// <summary>The visible text on one line.</summary>
    public static string Inline(IElement root, IElement? except = null) => Visible(root, except).Replace('\n', ' ');

    /// <summary>Collapses runs of white space to one space and trims.</summary>
    public static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || c == '\u00a0')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Lines(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var line in raw.Split('\n'))
        {
            var t = Collapse(line);
            if (t.Length == 0) continue;
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(t);
        }
        return sb.ToString();
    }
}

using System.Text;
using AngleSharp.Dom;

namespace Preflight.Core.Html;

/// <summary>
/// Builds CSS selectors that point at one element: <c>#sms-consent</c> when the element (or its nearest ancestor)
/// has a unique id, otherwise a child path such as <c>body &gt; main &gt; form:nth-of-type(2) &gt; input:nth-of-type(3)</c>.
/// </summary>
public static class CssSelectors
{
    public static string For(IElement element, Func<string, bool> isUniqueId)
    {
        var parts = new List<string>();
        for (var cur = element; cur is not null; cur = cur.ParentElement)
        {
            var id = cur.Id;
            if (!string.IsNullOrEmpty(id) && isUniqueId(id))
            {
                parts.Add("#" + Escape(id));
                break;
            }
            if (cur.LocalName is "html" or "body")
            {
                parts.Add(cur.LocalName);
                break;
            }
            parts.Add(cur.LocalName + NthOfType(cur));
        }
        parts.Reverse();
        return string.Join(" > ", parts);
    }

    /// <summary>Escapes an identifier the way CSS.escape() does.</summary>
    public static string Escape(string ident)
    {
        var sb = new StringBuilder(ident.Length + 4);
        for (var i = 0; i < ident.Length; i++)
        {
            var c = ident[i];
            if (c == '\0') { sb.Append('\uFFFD'); continue; }
            var leadingDigit = char.IsAsciiDigit(c) && (i == 0 || (i == 1 && ident[0] == '-'));
            if (c is (>= '\u0001' and <= '\u001f') or '\u007f' || leadingDigit)
            {
                sb.Append('\\').Append(((int)c).ToString("x", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
                continue;
            }
            if (i == 0 && c == '-' && ident.Length == 1) { sb.Append("\\-"); continue; }
            if (c >= 0x80 || c is '-' or '_' || char.IsAsciiLetterOrDigit(c)) { sb.Append(c); continue; }
            sb.Append('\\').Append(c);
        }
        return sb.ToString();
    }

    private static string NthOfType(IElement e)
    {
        var parent = e.ParentElement;
        if (parent is null) return "";
        int index = 0, count = 0;
        foreach (var sibling in parent.Children)
        {
            if (sibling.LocalName != e.LocalName) continue;
            count++;
            if (sibling == e) index = count;
        }
        return count > 1 ? $":nth-of-type({index})" : "";
    }
}

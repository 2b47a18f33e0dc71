using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Preflight.Core.Text;

namespace Preflight.Core.Html;

/// <summary>How a page checks age before consent.</summary>
public enum AgeGateKind
{
    None,

    /// <summary>"Are you 21 or older? Yes / No": carriers do not accept this.</summary>
    YesNoPrompt,

    /// <summary>A full date-of-birth entry (MM/DD/YYYY, a date field named for the birth date, or month/day/year fields).</summary>
    DateOfBirth,
}

/// <summary>The age gate found on a page, where it is and what it says.</summary>
public sealed record AgeGate(AgeGateKind Kind, string? Selector, string? Excerpt)
{
    public static readonly AgeGate None = new(AgeGateKind.None, null, null);
}

/// <summary>Finds a date-of-birth age gate, or a yes/no age prompt, on a page.</summary>
public static partial class AgeGateDetector
{
    private const int T = 2000;

    public static AgeGate Detect(HtmlPage page)
    {
        var doc = page.Document;
        var labels = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var l in doc.QuerySelectorAll("label[for]"))
            if (l.GetAttribute("for") is { Length: > 0 } f) labels.TryAdd(f, l);

        var parts = new List<(IElement El, string Part)>();
        foreach (var el in doc.QuerySelectorAll("input, select"))
        {
            var type = (el.GetAttribute("type") ?? "").ToLowerInvariant();
            if (type is "hidden" or "checkbox" or "radio" or "submit" or "button") continue;
            var d = Describe(el, labels);
            if (OptInFormAnalyzer.BirthWords().IsMatch(d) || (type == "date" && AgeWords().IsMatch(d)))
                return new AgeGate(AgeGateKind.DateOfBirth, page.Selector(el), Excerpt(el, d));
            var part = DatePart().Match(d);
            if (part.Success) parts.Add((el, part.Groups[1].Value.ToLowerInvariant()));
        }

        // Month, day and year fields side by side, under a prompt about birth or age.
        foreach (var group in parts.GroupBy(p => p.El.Closest("form") ?? p.El.ParentElement?.ParentElement))
        {
            var kinds = group.Select(p => Normalize(p.Part)).Distinct().Count();
            if (kinds < 3 || group.Key is null) continue;
            var text = HtmlText.Inline(group.Key);
            if (AgeWords().IsMatch(text) || OptInFormAnalyzer.BirthWords().IsMatch(text))
                return new AgeGate(AgeGateKind.DateOfBirth, page.Selector(group.First().El), Trim(text));
        }

        var visible = page.VisibleText;
        var prompt = YesNoPrompt().Match(visible);
        if (prompt.Success)
        {
            var holder = doc.Body?.QuerySelectorAll("h1, h2, h3, h4, p, label, span, div, button, a")
                .Where(e => e.TextContent.Contains(prompt.Value, StringComparison.OrdinalIgnoreCase))
                .OrderBy(e => e.TextContent.Length)
                .FirstOrDefault();
            return new AgeGate(AgeGateKind.YesNoPrompt, holder is null ? null : page.Selector(holder), Trim(LineAround(visible, prompt.Index)));
        }
        return AgeGate.None;
    }

    private static readonly string[] DescribedBy = ["name", "id", "placeholder", "aria-label", "autocomplete", "title"];

    private static string Normalize(string part) => part switch
    {
        "mm" or "month" => "m",
        "dd" or "day" => "d",
        _ => "y",
    };

    private static string Describe(IElement el, Dictionary<string, IElement> labels)
    {
        var d = string.Join(' ', DescribedBy
            .Select(a => el.GetAttribute(a)).Where(v => !string.IsNullOrEmpty(v)))
            .Replace('_', ' ').Replace('-', ' ').Replace('[', ' ').Replace(']', ' ');
        if (el.Id is { Length: > 0 } id && labels.TryGetValue(id, out var label)) d += " " + HtmlText.Inline(label);
        else if (el.Closest("label") is { } wrap) d += " " + HtmlText.Inline(wrap, el);
        return d;
    }

    private static string Excerpt(IElement el, string descriptor)
    {
        var container = el.Closest("form") ?? el.ParentElement;
        var t = container is null ? descriptor : HtmlText.Inline(container);
        return Trim(t.Length > 0 ? t : descriptor);
    }

    private static string LineAround(string text, int index)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var end = text.IndexOf('\n', index);
        if (end < 0) end = text.Length;
        return text[start..end];
    }

    private static string Trim(string s) => s.Length <= 200 ? s : s[..199] + "…";

    [GeneratedRegex(@"\b(mm|month|dd|day|yyyy|yy|year)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex DatePartShared();
    private static Regex DatePart() => ThreadRegex.Local(DatePartShared());

    [GeneratedRegex(@"\b(?:age|birth\w*|born|dob|21|18)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex AgeWordsShared();
    private static Regex AgeWords() => ThreadRegex.Local(AgeWordsShared());

    [GeneratedRegex(@"\bare\s+you\s+(?:at\s+least\s+|over\s+(?:the\s+age\s+of\s+)?)?(?:18|19|21)\b[^?\n]{0,40}\??|\b(?:i\s+am|i['’]m)\s+(?:at\s+least\s+|over\s+)?(?:18|19|21)\b[^.\n]{0,30}|\b(?:of\s+)?legal\s+(?:drinking|smoking|purchasing)\s+age\b[^?\n]{0,40}\??|\b(?:21|18)\s*\+\s*only\b|\bmust\s+be\s+(?:at\s+least\s+)?(?:18|19|21)\b[^.\n]{0,40}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex YesNoPromptShared();
    private static Regex YesNoPrompt() => ThreadRegex.Local(YesNoPromptShared());
}

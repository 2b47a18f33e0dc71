using Preflight.Core.Engine;
using Preflight.Core.Html;
using Preflight.Core.Sites;

namespace Preflight.Core.Reporting;

/// <summary>
/// A cut-out of a page's screenshot for the HTML report: the PNG as a data: URI, its size in CSS pixels, and where
/// the element at fault sits in it, in percent of the cut-out (so the outline follows the image when it is scaled).
/// </summary>
/// <param name="Outline">The element at fault: left, top, width and height in percent; null when the finding is about the whole page.</param>
/// <param name="Context">The form around the element (when the element is one of its fields or checkboxes), in percent.</param>
public sealed record PageShot(string DataUri, int Width, int Height, ElementBox? Outline, ElementBox? Context, string Url, string? Selector);

/// <summary>
/// Finds page findings' elements on the browser screenshots of a <see cref="SiteEvidenceSet"/> and cuts out the
/// region around each: the element's box (recorded by the renderer under the selector the rule put in evidence)
/// with a margin, wider to the right where labels run. A field or checkbox of an opt-in form is shown with the whole
/// form when it fits (the consent wording and the place a missing disclosure belongs). An element without a box of
/// its own (hidden, or not recorded) is shown by its nearest recorded ancestor; a finding about the whole page
/// (<c>body</c>, <c>title</c>) shows the top of the page.
/// </summary>
public static class PageShots
{
    /// <summary>Screenshots cut out per submission at most; further page findings are shown without one.</summary>
    public const int MaxPerSubmission = 12;

    /// <summary>A cut-out larger than this (as PNG) is shrunk, by 2 then 4; past that it is left out.</summary>
    public const int MaxBytes = 350_000;

    private const string DataUriPrefix = "data:image/png;base64,";
    private const int Margin = 60;
    private const int MinWidth = 800;
    private const int MinHeight = 260;
    private const int MaxHeight = 900;
    private const int TopOfPageHeight = 720;

    /// <summary>The key under which <see cref="For"/> files a finding's cut-out: one per page and element.</summary>
    public static (string Url, string Target)? KeyOf(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Source != "page" || evidence.Url is null || string.IsNullOrWhiteSpace(evidence.Selector)) return null;
        return (evidence.Url, WholePage(evidence.Selector) ? "" : evidence.Selector.Trim());
    }

    /// <summary>Cut-outs for the page evidence given (in order, up to <see cref="MaxPerSubmission"/>), by <see cref="KeyOf"/>.</summary>
    public static IReadOnlyDictionary<(string Url, string Target), PageShot> For(SiteEvidenceSet? sites, IEnumerable<Evidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var shots = new Dictionary<(string, string), PageShot>();
        if (sites is null) return shots;

        // What to cut from which site, in the order findings appear; each screenshot is decoded once.
        var wanted = new List<(SiteEvidence Site, (string Url, string Target) Key, ElementBox? Box, ElementBox? Form)>();
        var seen = new HashSet<(string, string)>();
        var analyses = new Dictionary<SiteEvidence, SiteAnalysis>(ReferenceEqualityComparer.Instance);
        foreach (var e in evidence)
        {
            if (KeyOf(e) is not { } key || !seen.Add(key)) continue;
            var site = SiteOf(sites, key.Url);
            if (site?.Render is not { } render) continue;
            ElementBox? box = null, form = null;
            if (key.Target.Length > 0)
            {
                box = Locate(render.Boxes, key.Target);
                if (box is null) continue;
                if (FormAround(site, key.Target, analyses) is { } f && render.Boxes.TryGetValue(f, out var fb) && fb.Width > 0 && fb.Height > 0) form = fb;
            }
            wanted.Add((site, key, box, form));
            if (wanted.Count == MaxPerSubmission) break;
        }
        foreach (var bySite in wanted.GroupBy(w => w.Site, ReferenceEqualityComparer.Instance))
        {
            var image = Decode(((SiteEvidence)bySite.Key!).Render!.Screenshot);
            if (image is null) continue;
            foreach (var (_, key, box, form) in bySite)
                if (Cut(image, key, box, form) is { } shot) shots[key] = shot;
        }
        return shots;
    }

    /// <summary>The gathered site whose page is at <paramref name="url"/> and has a screenshot.</summary>
    private static SiteEvidence? SiteOf(SiteEvidenceSet sites, string url) =>
        sites.Sites.FirstOrDefault(s => s.Render is { Skipped: null, Screenshot: not null } && (s.Page?.FinalUrl == url || s.Url == url));

    /// <summary>The selector of the opt-in form that holds the field or checkbox <paramref name="selector"/>, if any.</summary>
    private static string? FormAround(SiteEvidence site, string selector, Dictionary<SiteEvidence, SiteAnalysis> analyses)
    {
        if (site.Role != SiteRoles.OptIn) return null;
        if (!analyses.TryGetValue(site, out var analysis)) analyses[site] = analysis = SiteAnalysis.For(site);
        if (!analysis.Loaded) return null;
        foreach (var f in analysis.OptIn.Forms)
            if (f.Selector != selector && (f.Controls.Any(c => c.Selector == selector) || f.Fields.Any(x => x.Selector == selector)))
                return f.Selector;
        return null;
    }

    private static bool WholePage(string selector) => selector.Trim() is "html" or "body" or "head" or "title" or "head > title" or "html > body";

    /// <summary>The box recorded for the selector, else for its nearest recorded ancestor below body; null when none.</summary>
    internal static ElementBox? Locate(IReadOnlyDictionary<string, ElementBox> boxes, string selector)
    {
        for (var s = selector; s.Length > 0 && !WholePage(s);)
        {
            if (boxes.TryGetValue(s, out var b) && b.Width > 0 && b.Height > 0) return b;
            var cut = s.LastIndexOf(" > ", StringComparison.Ordinal);
            if (cut < 0) break;
            s = s[..cut];
        }
        return null;
    }

    private static PngImage? Decode(string? screenshot)
    {
        if (screenshot is null || !screenshot.StartsWith(DataUriPrefix, StringComparison.Ordinal)) return null;
        var bytes = new byte[(screenshot.Length - DataUriPrefix.Length) / 4 * 3];
        if (!Convert.TryFromBase64Chars(screenshot.AsSpan(DataUriPrefix.Length), bytes, out var n)) return null;
        return PngImage.Decode(bytes.AsSpan(0, n));
    }

    private static PageShot? Cut(PngImage image, (string Url, string Target) key, ElementBox? box, ElementBox? form)
    {
        // The form joins the cut-out when it fits in one; the element alone otherwise.
        if (box is not null && form is not null && Math.Max(form.Y + form.Height, box.Y + box.Height) - Math.Min(form.Y, box.Y) > MaxHeight - (2 * Margin)) form = null;
        var region = box is null || form is null ? box : Union(box, form);
        int left, top, right, bottom;
        if (box is null)
        {
            (left, top, right, bottom) = (0, 0, image.Width, Math.Min(image.Height, TopOfPageHeight));
        }
        else
        {
            var bx0 = (int)Math.Floor(region!.X);
            var by0 = (int)Math.Floor(region.Y);
            var bx1 = (int)Math.Ceiling(region.X + region.Width);
            var by1 = (int)Math.Ceiling(region.Y + region.Height);
            if (bx1 <= 0 || by1 <= 0 || bx0 >= image.Width || by0 >= image.Height) return null; // off the screenshot (cut at its height limit)
            (left, top, right, bottom) = (bx0 - Margin, by0 - Margin, bx1 + Margin, by1 + Margin);
            if (right - left < MinWidth) right = left + MinWidth; // labels run to the right of a checkbox
            if (bottom - top < MinHeight)
            {
                var extra = MinHeight - (bottom - top);
                top -= extra / 2;
                bottom += extra - (extra / 2);
            }
            if (bottom - top > MaxHeight) bottom = top + MaxHeight;
            (left, right) = Fit(left, right, image.Width);
            (top, bottom) = Fit(top, bottom, image.Height);
        }
        var crop = image.Crop(left, top, right - left, bottom - top);
        byte[]? png = null;
        for (var factor = 1; factor <= 4; factor *= 2)
        {
            var candidate = crop.Shrink(factor).Encode();
            if (candidate.Length <= MaxBytes)
            {
                png = candidate;
                break;
            }
        }
        if (png is null) return null;

        return new PageShot(DataUriPrefix + Convert.ToBase64String(png), crop.Width, crop.Height,
            InPercent(box, left, top, crop), InPercent(form, left, top, crop), key.Url, key.Target.Length == 0 ? null : key.Target);
    }

    /// <summary>A page box as percentages of the cut-out that starts at (<paramref name="left"/>, <paramref name="top"/>), clipped to it.</summary>
    private static ElementBox? InPercent(ElementBox? box, int left, int top, PngImage crop)
    {
        if (box is null) return null;
        double w = crop.Width, h = crop.Height;
        var x0 = Math.Clamp(box.X - left, 0, w);
        var y0 = Math.Clamp(box.Y - top, 0, h);
        var x1 = Math.Clamp(box.X + box.Width - left, 0, w);
        var y1 = Math.Clamp(box.Y + box.Height - top, 0, h);
        return new ElementBox(Pct(x0 / w), Pct(y0 / h), Pct((x1 - x0) / w), Pct((y1 - y0) / h));
    }

    private static ElementBox Union(ElementBox a, ElementBox b)
    {
        var x = Math.Min(a.X, b.X);
        var y = Math.Min(a.Y, b.Y);
        return new ElementBox(x, y, Math.Max(a.X + a.Width, b.X + b.Width) - x, Math.Max(a.Y + a.Height, b.Y + b.Height) - y);
    }

    /// <summary>Moves [start, end) inside [0, limit), keeping its length when it fits.</summary>
    private static (int Start, int End) Fit(int start, int end, int limit)
    {
        if (end > limit)
        {
            start -= end - limit;
            end = limit;
        }
        if (start < 0)
        {
            end = Math.Min(limit, end - start);
            start = 0;
        }
        return (start, end);
    }

    private static double Pct(double fraction) => Math.Round(fraction * 100, 2);
}

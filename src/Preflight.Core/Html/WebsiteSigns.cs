using System.Text.RegularExpressions;
using Preflight.Core.Text;

namespace Preflight.Core.Html;

/// <summary>Signs that a website is not a real business site: parked domains, "coming soon" pages, server default pages.</summary>
public static partial class WebsiteSigns
{
    private const int T = 2000;

    /// <summary>What kind of placeholder the page is ("parked domain", "coming soon page", "server default page", "nearly empty page"), with the words that say so; null for a real page.</summary>
    public static (string Kind, string Excerpt)? Placeholder(string title, string visibleText)
    {
        var head = visibleText.Length > 5000 ? visibleText[..5000] : visibleText;
        var both = title + "\n" + head;
        var m = Parked().Match(both);
        if (m.Success) return ("parked domain", m.Value);
        m = DefaultPage().Match(both);
        if (m.Success) return ("server default page", m.Value);
        m = ComingSoon().Match(both);
        // A real site may announce "new menu coming soon"; only a short page that says so is a placeholder.
        if (m.Success && visibleText.Length < 1500) return ("coming soon page", m.Value);
        if (HtmlText.Collapse(visibleText).Length < 40) return ("nearly empty page", HtmlText.Collapse(both));
        return null;
    }

    /// <summary>Whether the site's host name resembles the brand's name ("brightsmiledental.com", "bsdental.com" for "Bright Smile Dental").</summary>
    public static bool HostResemblesBrand(string host, BrandNameMatcher brand)
    {
        var site = Urls.SiteName(host).Replace("-", "", StringComparison.Ordinal);
        if (site.Length == 0) return false;
        foreach (var name in brand.Names)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var compact = string.Concat(words);
            if (compact.Length == 0) continue;
            if (site.Contains(compact, StringComparison.Ordinal) || (site.Length >= 4 && compact.Contains(site, StringComparison.Ordinal))) return true;
            var initials = string.Concat(words.Select(w => w[0]));
            if (initials.Length >= 2 && site.StartsWith(initials, StringComparison.Ordinal) && words.Skip(1).Any(w => w.Length >= 4 && site.Contains(w, StringComparison.Ordinal))) return true;
            // One distinctive word of the name (4+ letters, not a generic business word) is enough: "smile" in "smiledocs".
            if (words.Any(w => w.Length >= 5 && !Generic.Contains(w) && site.Contains(w, StringComparison.Ordinal))) return true;
        }
        return false;
    }

    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "group", "services", "service", "solutions", "company", "holdings", "international", "global", "center", "centre",
        "clinic", "dental", "health", "medical", "store", "online", "consulting", "partners", "associates", "enterprises",
        "management", "marketing", "digital", "agency", "studio", "systems", "technologies", "financial", "insurance",
    };

    [GeneratedRegex(@"\b(?:this\s+domain\s+(?:name\s+)?(?:is|may\s+be)\s+for\s+sale|buy\s+this\s+domain|domain\s+(?:is\s+)?parked|parked\s+(?:free|domain|page)|is\s+parked\s+free|this\s+domain\s+(?:has\s+been\s+)?registered\s+(?:at|with|by)|(?:sedo|dan\.com|afternic|bodis|parkingcrew)\b|related\s+searches|the\s+domain\s+\S+\s+(?:is\s+)?(?:for\s+sale|available))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex ParkedShared();
    private static Regex Parked() => ThreadRegex.Local(ParkedShared());

    [GeneratedRegex(@"\b(?:welcome\s+to\s+nginx|apache2?\s+(?:\w+\s+)?default\s+page|test\s+page\s+for\s+the\s+(?:apache|nginx)|iis\s+windows\s+server|it\s+works!|index\s+of\s+/|default\s+web\s+site\s+page|just\s+another\s+wordpress\s+site|hello\s+world!|site\s+not\s+found|website\s+is\s+(?:currently\s+)?unavailable|account\s+(?:has\s+been\s+)?suspended)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex DefaultPageShared();
    private static Regex DefaultPage() => ThreadRegex.Local(DefaultPageShared());

    [GeneratedRegex(@"\b(?:coming\s+soon|under\s+construction|launching\s+soon|site\s+is\s+under\s+maintenance|we['’]re\s+building\s+something|stay\s+tuned)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex ComingSoonShared();
    private static Regex ComingSoon() => ThreadRegex.Local(ComingSoonShared());
}

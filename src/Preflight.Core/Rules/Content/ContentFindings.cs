using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Sites;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Content;

/// <summary>One content mention in a submission field or on a gathered page.</summary>
internal sealed record ContentMention(ContentHit Hit, Evidence Evidence, string Where)
{
    public string Value => Hit.Value;
}

/// <summary>Shared reading for the content rules: mentions across fields and pages, judged together, with evidence.</summary>
internal static class ContentFindings
{
    /// <summary>Roles of gathered pages that show what the brand sells.</summary>
    public static readonly string[] BrandPages = [SiteRoles.Website, SiteRoles.OptIn, SiteRoles.Unknown];

    /// <summary>Every mention of the category in the fields (and on the pages of the given roles, when gathered).</summary>
    public static List<ContentMention> Mentions(RuleContext context, ContentCategory category, IEnumerable<string> pointers, IReadOnlyList<string>? pageRoles = null)
    {
        var list = new List<ContentMention>();
        foreach (var h in ContentEvidence.Collect(context.Text, category, pointers))
            list.Add(new ContentMention(h.Hit, Evidence.Words(h.Pointer, h.Text, h.Match.Start, h.Match.Length), FieldName(h.Pointer)));
        if (pageRoles is not null && context.Sites is { } sites)
        {
            foreach (var site in sites.Sites)
            {
                if (!pageRoles.Contains(site.Role)) continue;
                var text = context.Site(site).Page?.VisibleText;
                if (string.IsNullOrEmpty(text)) continue;
                var url = site.Page?.FinalUrl ?? site.Url;
                foreach (var hit in context.Data.Classifier.FindHits(category, text))
                    list.Add(new ContentMention(hit, Evidence.Page(url, null, Around(text, hit.Match)), "the page " + url));
            }
        }
        return list;
    }

    /// <summary>True when the mentions together are a confident detection (a strong phrase, or two different weak words).</summary>
    public static bool Confident(IReadOnlyList<ContentMention> mentions) =>
        mentions.Count > 0 && ContentClassifier.IsConfident(mentions.Select(m => m.Hit));

    /// <summary>One finding per field or page (its first mention), for confident mentions; none otherwise.</summary>
    public static IEnumerable<Finding> Findings(IReadOnlyList<ContentMention> mentions, Func<ContentMention, string> message) =>
        // Most submissions have no mention: they get an empty array, not an iterator.
        Confident(mentions) ? FirstPerPlace(mentions, message) : [];

    private static IEnumerable<Finding> FirstPerPlace(IReadOnlyList<ContentMention> mentions, Func<ContentMention, string> message)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
            if (seen.Add(m.Evidence.Path ?? m.Evidence.Url ?? ""))
                yield return new Finding(message(m), m.Evidence);
    }

    /// <summary>"CBD oil", "hemp": the distinct phrases, quoted.</summary>
    public static string Quote(IEnumerable<ContentMention> mentions, int max = 4) =>
        string.Join(", ", mentions.Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase).Take(max).Select(v => $"\"{v}\""));

    /// <summary>The field's name as people read it: "sample 2", "description".</summary>
    public static string FieldName(string pointer) => pointer switch
    {
        Fields.Description => "the description",
        Fields.MessageFlow => "the message flow",
        Fields.Sample1 => "sample 1",
        Fields.Sample2 => "sample 2",
        Fields.Sample3 => "sample 3",
        Fields.Sample4 => "sample 4",
        Fields.Sample5 => "sample 5",
        Fields.OptinMessage => "the opt-in message",
        Fields.OptoutMessage => "the opt-out message",
        Fields.HelpMessage => "the HELP message",
        Fields.EmbeddedLinkSample => "the embedded link sample",
        Fields.DisplayName => "the brand's display name",
        Fields.CompanyName => "the brand's legal name",
        _ => pointer,
    };

    public static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Around(string text, TextMatch m)
    {
        var from = Math.Max(0, m.Start - 60);
        var to = Math.Min(text.Length, m.End + 60);
        return text[from..to].Replace('\n', ' ').Trim();
    }
}

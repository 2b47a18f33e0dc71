using Preflight.Core.Model;
using Preflight.Core.Sites;
using Preflight.Core.Text;

namespace Preflight.Gathering;

/// <summary>Which web addresses a submission names, and what each is to it.</summary>
public static class CrawlTargets
{
    /// <summary>
    /// The privacy policy link (privacy), the terms link (terms), the brand website (website) and every address in
    /// the message flow that is neither of the first two (opt-in), each once per role, in that order.
    /// </summary>
    public static IReadOnlyList<CrawlTarget> For(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var list = new List<CrawlTarget>();
        var privacy = Absolute(submission.Campaign.PrivacyPolicyLink);
        var terms = Absolute(submission.Campaign.TermsAndConditionsLink);
        Add(privacy, SiteRoles.Privacy);
        Add(terms, SiteRoles.Terms);
        Add(Absolute(submission.Brand.Website), SiteRoles.Website);
        foreach (var m in Urls.Find(submission.Campaign.MessageFlow))
        {
            var url = m.Absolute;
            if (Same(url, privacy) || Same(url, terms)) continue;
            Add(url, SiteRoles.OptIn);
        }
        return list;

        void Add(string? url, string role)
        {
            if (url is null || list.Any(t => t.Role == role && Same(t.Url, url))) return;
            list.Add(new CrawlTarget(url, role));
        }
    }

    private static string? Absolute(string? field) => Urls.Parse(field)?.Absolute;

    /// <summary>Same address, ignoring scheme case, host case and a trailing slash.</summary>
    public static bool Same(string? a, string? b)
    {
        if (a is null || b is null) return false;
        return string.Equals(Normal(a), Normal(b), StringComparison.Ordinal);

        static string Normal(string u) =>
            SiteGatherer.TryParse(u, out var uri) ? uri.GetLeftPart(UriPartial.Query).TrimEnd('/').ToLowerInvariant() : u.Trim().TrimEnd('/').ToLowerInvariant();
    }
}

using Preflight.Core.Sites;

namespace Preflight.Core.Html;

/// <summary>
/// Guesses what a page is when nobody said (<c>preflight site &lt;url&gt;</c>): a privacy policy, terms, an opt-in page,
/// or unknown. The CLI can set <see cref="SiteEvidence.Role"/> from this before judging, so the page rules run.
/// </summary>
public static class SiteRoleGuesser
{
    public static string Guess(SiteEvidence site)
    {
        var a = SiteAnalysis.For(site);
        var path = (site.Page?.FinalUrl ?? site.Url).ToLowerInvariant();
        if (!a.Loaded)
        {
            if (path.Contains("privacy", StringComparison.Ordinal)) return SiteRoles.Privacy;
            if (path.Contains("terms", StringComparison.Ordinal)) return SiteRoles.Terms;
            return SiteRoles.Unknown;
        }
        if (a.OptIn.OptInForms.Count > 0 && a.OptIn.OptInForms.Any(f => f.CollectsSmsConsent)) return SiteRoles.OptIn;
        if (a.Policy.IsPrivacyPolicy && (path.Contains("privacy", StringComparison.Ordinal) || !a.Terms.IsTerms)) return SiteRoles.Privacy;
        if (a.Terms.IsTerms) return SiteRoles.Terms;
        if (a.OptIn.OptInForms.Count > 0) return SiteRoles.OptIn;
        return SiteRoles.Unknown;
    }

    /// <summary>The set with every unknown-role site given its guessed role.</summary>
    public static SiteEvidenceSet Assign(SiteEvidenceSet set) => set with
    {
        Sites = set.Sites.Select(s => s.Role == SiteRoles.Unknown ? s with { Role = Guess(s) } : s).ToArray(),
    };
}

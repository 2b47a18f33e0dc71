using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Cli.Commands;

/// <summary>
/// Which rule results <c>preflight site</c> reports. It has pages but no submission, so:
/// <list type="bullet">
/// <item>rules that need gathered pages (opt-in page, privacy policy, terms, brand website, TLS, redirects) are all
/// reported, whatever their outcome;</item>
/// <item>rules that need only the submission judge its text, which <c>site</c> does not have: they are left out, except
/// for what they find on the pages (the http:// and IP-address link rules, the age-gate rules), reported as failures;</item>
/// <item>rules that compare a page with the campaign (the privacy policy speaking of marketing against the use cases)
/// cannot judge without one and are reported as not evaluated;</item>
/// <item>portfolio, history, attachment and account rules are left out.</item>
/// </list>
/// </summary>
internal static class SiteScope
{
    public const Needs SiteInputs = Needs.OptInPage | Needs.PrivacyPage | Needs.TermsPage | Needs.Website | Needs.Tls | Needs.Redirects;

    /// <summary>Rules that need site evidence but judge it against campaign fields <c>site</c> cannot know.</summary>
    private static readonly Dictionary<string, string> NeedCampaign = new(StringComparer.Ordinal)
    {
        ["7200"] = "needs campaign", // it compares the privacy policy with the campaign's use cases: check --crawl judges it
    };

    /// <summary>
    /// What <c>site</c> judges against: no campaign text, the brand name when given (so the brand-name checks of the
    /// form, the terms and the website can run), and ageGated declared so that the age-gate rules judge only the page
    /// (whether it asks for a date of birth), not a campaign attribute nobody gave.
    /// </summary>
    public static Submission Submission(string? brand) => new()
    {
        Source = "site",
        Brand = new Brand { DisplayName = string.IsNullOrWhiteSpace(brand) ? null : brand.Trim() },
        Campaign = new Campaign { AgeGated = true },
    };

    /// <summary>The results <c>site</c> reports, in catalogue order.</summary>
    public static IReadOnlyList<RuleResult> Select(IEnumerable<RuleResult> results)
    {
        var list = new List<RuleResult>();
        foreach (var r in results)
        {
            var needs = r.Rule.Needs;
            if ((needs & SiteInputs) != Needs.None)
            {
                if ((needs & ~(SiteInputs | Needs.Submission)) != Needs.None) continue;
                list.Add(NeedCampaign.TryGetValue(r.Rule.Code, out var why) ? r with { Outcome = Outcome.NotEvaluated, Findings = [], Note = why } : r);
                continue;
            }
            if (needs != Needs.Submission || r.Outcome != Outcome.Failed) continue;
            var onPages = r.Findings.Where(f => f.Evidence.Url is not null).ToArray();
            if (onPages.Length > 0) list.Add(r with { Findings = onPages });
        }
        return list;
    }
}

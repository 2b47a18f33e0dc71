using Preflight.Core.Engine;
using Preflight.Core.Html;
using Preflight.Core.Sites;

namespace Preflight.Core.Rules.PrivacyPolicy;

/// <summary>
/// The website must carry a compliant privacy policy: reachable, actually a privacy policy, promising that mobile
/// opt-in data is not shared (without exceptions), and telling consumers how to opt out.
/// </summary>
public sealed class NonCompliantPrivacyPolicyRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "805",
        Equivalents = ["7103", "851", "852"],
        Title = "No compliant privacy policy on the website",
        Area = RuleArea.PrivacyPolicy,
        Severity = Severity.Rejection,
        Needs = Needs.PrivacyPage,
        Fix = "Publish a privacy policy that states mobile opt-in data and consent are never shared with third parties or affiliates for marketing (no exceptions), explains how to opt out (\"text STOP\"), and link it from the opt-in form and the privacyPolicyLink field.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var sites = SiteChecks.Sites(context, SiteRoles.Privacy);
        if (sites.Count == 0) return Check.NotEvaluated("no privacy policy page was gathered");
        if (sites.All(s => s.State == LoadState.NotGathered)) return Check.NotEvaluated($"the privacy policy page was not gathered ({sites[0].Problem})");
        return Check.From(sites.Where(s => s.State != LoadState.NotGathered).SelectMany(Judge).ToArray());
    }

    private static IEnumerable<Finding> Judge(SiteAnalysis s)
    {
        if (!s.Loaded)
        {
            yield return new Finding($"The privacy policy at {s.Site.Url} cannot be read: {s.Problem}.", Evidence.Page(s.Site.Url, null, s.Problem));
            yield break;
        }
        var page = s.Page!;
        var p = s.Policy;
        if (!p.IsPrivacyPolicy)
        {
            yield return new Finding($"The page at {s.Url} (title {SiteChecks.Quote(page.Title)}) is not a privacy policy.", Evidence.Page(s.Url, "title", page.Title));
            yield break;
        }
        var bad = p.ConsentException ?? p.DisallowedException ?? (p.AllowsSharingOptInData ? p.SharesMobileData ?? p.SharingStatements[0] : null);
        if (bad is not null)
            yield return new Finding(
                $"The privacy policy at {s.Url} allows mobile opt-in data to be shared: {SiteChecks.Quote(bad.Text, 240)}",
                Evidence.Page(s.Url, page.SelectorOfText(bad.Text), bad.Text));
        else if (p.SmsNonSharing is null && p.BlanketNonSharing is null)
            yield return new Finding(
                $"The privacy policy at {s.Url} never says that mobile opt-in data will not be shared with third parties.",
                Evidence.Page(s.Url, "body", p.Heading));
        if (p.OptOutInstruction is null)
            yield return new Finding(
                $"The privacy policy at {s.Url} does not tell consumers how to opt out of messages (for example \"text STOP\").",
                Evidence.Page(s.Url, "body", p.Heading));
    }
}

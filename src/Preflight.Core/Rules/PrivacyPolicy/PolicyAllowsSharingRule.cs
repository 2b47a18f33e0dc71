using Preflight.Core.Engine;
using Preflight.Core.Html;
using Preflight.Core.Sites;

namespace Preflight.Core.Rules.PrivacyPolicy;

/// <summary>The privacy policy must not let mobile opt-in data go to other companies, and must say so.</summary>
public sealed class PolicyAllowsSharingRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "7103",
        Equivalents = ["805", "851", "852", "30896"],
        Title = "Privacy policy allows sharing data and does not exclude mobile opt-in data",
        Area = RuleArea.PrivacyPolicy,
        Severity = Severity.Rejection,
        Needs = Needs.PrivacyPage,
        Fix = "Add to the privacy policy, near its sharing section: \"Mobile information will not be shared with third parties or affiliates for marketing or promotional purposes. Text messaging originator opt-in data and consent are excluded from all sharing described above and will not be shared with any third parties.\"",
    };

    public override Check Evaluate(RuleContext context) =>
        SiteChecks.ForLoaded(context, SiteRoles.Privacy, "privacy policy page", Judge);

    private static IEnumerable<Finding> Judge(SiteAnalysis s)
    {
        var p = s.Policy;
        if (!p.IsPrivacyPolicy || !p.AllowsSharingOptInData) yield break;
        var sentence = p.SharesMobileData ?? p.SharingStatements[0];
        var message = p.SharesMobileData is not null
            ? $"The privacy policy at {s.Url} lets mobile numbers or SMS data go to other companies: {SiteChecks.Quote(sentence.Text, 240)}"
            : $"The privacy policy at {s.Url} allows sharing data with other companies and never says that mobile opt-in data is excluded: {SiteChecks.Quote(sentence.Text, 240)}";
        yield return new Finding(message, Evidence.Page(s.Url, s.Page!.SelectorOfText(sentence.Text), sentence.Text));
    }
}

using Preflight.Core.Engine;
using Preflight.Core.Html;
using Preflight.Core.Sites;

namespace Preflight.Core.Rules.PrivacyPolicy;

/// <summary>The privacy policy link must lead to a real page.</summary>
public sealed class PrivacyUrlNotFoundRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "7101",
        Equivalents = ["804"],
        Title = "No website found at the privacy policy URL",
        Area = RuleArea.PrivacyPolicy,
        Severity = Severity.Rejection,
        Needs = Needs.PrivacyPage,
        Fix = "Submit the full, working address of the privacy policy page itself (check the domain's spelling and hosting, and that the page does not answer 404).",
    };

    public override Check Evaluate(RuleContext context) => SiteChecks.Reachability(context, SiteRoles.Privacy, "privacy policy URL");
}

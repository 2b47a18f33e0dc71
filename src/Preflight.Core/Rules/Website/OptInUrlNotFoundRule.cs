using Preflight.Core.Engine;
using Preflight.Core.Html;
using Preflight.Core.Sites;

namespace Preflight.Core.Rules.Website;

/// <summary>The opt-in URL must lead to a real website: the domain resolves, the server answers, the page exists.</summary>
public sealed class OptInUrlNotFoundRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2104",
        Equivalents = ["804"],
        Title = "No website found at the opt-in URL",
        Area = RuleArea.Website,
        Severity = Severity.Rejection,
        Needs = Needs.OptInPage,
        Fix = "Give the full, working address of the page that holds the opt-in form (check the spelling of the domain, that it is registered and hosted, and that the page does not answer 404).",
    };

    public override Check Evaluate(RuleContext context) => SiteChecks.Reachability(context, SiteRoles.OptIn, "opt-in URL");
}

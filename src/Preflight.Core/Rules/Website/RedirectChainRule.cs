using Preflight.Core.Engine;
using Preflight.Core.Html;

namespace Preflight.Core.Rules.Website;

/// <summary>A redirect loop, or a chain too long for a reviewer's bot to follow, means the page never loads for them.</summary>
public sealed class RedirectChainRule : Rule
{
    /// <summary>Browsers give up at about 20; review bots often sooner.</summary>
    public const int MaxHops = 10;

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF506",
        Equivalents = ["2104", "7101"],
        Title = "Redirects loop or go on too long",
        Area = RuleArea.Website,
        Severity = Severity.Rejection,
        Needs = Needs.Redirects,
        Fix = "Submit the final address of the page, and fix the server or CMS rules so it is reached in at most one or two redirects without looping.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var findings = new List<Finding>();
        foreach (var s in SiteChecks.All(context))
        {
            var hops = s.Site.Redirects;
            var chain = string.Join(" → ", hops.Take(6).Select(h => $"{h.Url} ({h.Status})")) + (hops.Count > 6 ? " → …" : "");
            if (s.Site.ErrorKind == "redirect-loop" || HasLoop(hops))
                findings.Add(new Finding($"The redirects from {s.Site.Url} loop back on themselves: {chain}.", Evidence.Page(s.Site.Url, null, chain.Length > 0 ? chain : s.Site.Error, "redirects")));
            else if (s.Site.ErrorKind == "too-many-redirects" || hops.Count(h => h.Status is >= 300 and < 400) > MaxHops)
                findings.Add(new Finding($"{s.Site.Url} goes through more than {MaxHops} redirects before reaching a page: {chain}.", Evidence.Page(s.Site.Url, null, chain.Length > 0 ? chain : s.Site.Error, "redirects")));
        }
        return Check.From(findings);
    }

    private static bool HasLoop(IReadOnlyList<Preflight.Core.Sites.RedirectHop> hops)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var h in hops)
            if (h.Status is >= 300 and < 400 && !seen.Add(h.Url)) return true;
        return false;
    }
}

using Preflight.Core.Engine;
using Preflight.Core.Html;

namespace Preflight.Core.Rules.Website;

/// <summary>An https page whose form sends the phone number to an http:// address exposes it in transit.</summary>
public sealed class FormPostsOverHttpRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF503",
        Equivalents = ["2103"],
        Title = "A form on an https page submits to an http:// address",
        Area = RuleArea.Website,
        Severity = Severity.Rejection,
        Needs = Needs.Redirects,
        Fix = "Point the form's action (and any formaction) at an https:// address, or use a relative path, so the phone number never travels unencrypted.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var findings = new List<Finding>();
        foreach (var s in SiteChecks.All(context))
        {
            if (!s.Loaded) continue;
            foreach (var r in MixedContent.Find(s).Where(r => r.Kind == "form-action"))
                findings.Add(new Finding(
                    $"The page {s.Url} is served over https but its form submits to {r.Url}.",
                    Evidence.Page(s.Url, r.Selector, r.Url)));
        }
        return Check.From(findings);
    }
}

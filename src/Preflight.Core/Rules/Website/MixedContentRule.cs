using Preflight.Core.Engine;
using Preflight.Core.Html;

namespace Preflight.Core.Rules.Website;

/// <summary>An https page loading scripts, styles, images or frames over http loses its padlock or has parts blocked.</summary>
public sealed class MixedContentRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF504",
        Equivalents = ["2103"],
        Title = "The https page loads resources over http:// (mixed content)",
        Area = RuleArea.Website,
        Severity = Severity.Warning,
        Needs = Needs.Redirects,
        Fix = "Change every script, stylesheet, image and frame address on the page to https:// (or a relative path) so browsers show the padlock without a warning.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var findings = new List<Finding>();
        foreach (var s in SiteChecks.All(context))
        {
            if (!s.Loaded) continue;
            foreach (var r in MixedContent.Find(s).Where(r => r.Kind != "form-action"))
                findings.Add(new Finding(
                    $"The https page {s.Url} loads a {KindName(r.Kind)} over http: {r.Url}.",
                    Evidence.Page(s.Url, r.Selector, r.Url)));
        }
        return Check.From(findings);
    }

    private static string KindName(string kind) => kind switch
    {
        "script" => "script",
        "img" => "image",
        "css" => "stylesheet",
        "iframe" => "frame",
        "media" => "media file",
        _ => "resource",
    };
}

using Preflight.Core.Engine;
using Preflight.Core.Html;
using Preflight.Core.Sites;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.OptInForm;

/// <summary>
/// The age-gate check shared by 702, 706 and 707: age-restricted content needs ageGated=true and, where the opt-in
/// page was gathered, a full date-of-birth entry on it (a yes/no "are you 21?" prompt is not accepted).
/// </summary>
internal static class AgeGateCheck
{
    private const int PageScan = 50_000;

    public static Check Evaluate(RuleContext context, AgeGateSubject subject)
    {
        var (category, what) = (subject.Category, subject.What);
        TextMatch? hit = null;
        string? pointer = null;
        string? fieldText = null;
        foreach (var f in context.CampaignTextFields)
        {
            var found = context.Text.Field(f.Pointer).Content(category);
            if (found.Count == 0) continue;
            (hit, pointer, fieldText) = (found[0], f.Pointer, f.Value);
            break;
        }

        var sites = SiteChecks.Sites(context, SiteRoles.OptIn);
        SiteAnalysis[] pages = sites.Count == 0 ? [] : [.. sites.Where(s => s.Loaded)];
        (SiteAnalysis Site, TextMatch Match)? pageHit = null;
        if (hit is null)
            foreach (var s in pages)
            {
                var text = s.Page!.VisibleText;
                var m = context.Data.Classifier.FindFirst(category, text.Length > PageScan ? text[..PageScan] : text);
                if (m is not null) { pageHit = (s, m); break; }
            }

        if (hit is null && pageHit is null) return subject.NoContent;
        var quoted = hit?.Value ?? pageHit!.Value.Match.Value;
        var findings = new List<Finding>();

        if (context.Campaign.AgeGated != true)
        {
            var evidence = hit is not null
                ? Evidence.Words(pointer!, fieldText!, hit.Start, hit.Length)
                : Evidence.Page(pageHit!.Value.Site.Url, pageHit.Value.Site.Page!.SelectorOfText(quoted), quoted);
            findings.Add(new Finding(
                $"The campaign involves {what} (\"{quoted}\") but is not marked age-gated (ageGated is {(context.Campaign.AgeGated is null ? "missing" : "false")}).",
                evidence));
        }

        foreach (var s in pages)
        {
            var gate = s.AgeGate;
            switch (gate.Kind)
            {
                case AgeGateKind.DateOfBirth:
                    break;
                case AgeGateKind.YesNoPrompt:
                    findings.Add(new Finding(
                        $"The opt-in page {s.Url} asks a yes/no age question ({SiteChecks.Quote(gate.Excerpt)}); {what} needs a full date-of-birth entry (MM/DD/YYYY) before consent.",
                        Evidence.Page(s.Url, gate.Selector, gate.Excerpt)));
                    break;
                default:
                    var form = s.OptIn.Primary;
                    findings.Add(new Finding(
                        $"The opt-in page {s.Url} has no date-of-birth age gate before consent, which {what} requires.",
                        Evidence.Page(s.Url, form?.Selector ?? "body", form is null ? s.Page!.Title : OptInChecks.ConsentText(form))));
                    break;
            }
        }
        return Check.From(findings);
    }
}

/// <summary>What an age-gate rule looks for, and its note when the campaign has none of it (made once, not per check).</summary>
internal sealed record AgeGateSubject(ContentCategory Category, string What)
{
    public Check NoContent { get; } = Check.Passed($"no {What} content found");
}

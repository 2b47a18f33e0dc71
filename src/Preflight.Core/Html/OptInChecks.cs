using Preflight.Core.Engine;
using Preflight.Core.Sites;
using Preflight.Core.Text;

namespace Preflight.Core.Html;

/// <summary>What the opt-in form rules share: judging every loaded opt-in page, and the disclosure checks (2113–2118).</summary>
internal static class OptInChecks
{
    public static Check ForPages(RuleContext context, Func<SiteAnalysis, OptInPageAnalysis, IEnumerable<Finding>> judge) =>
        SiteChecks.ForLoaded(context, SiteRoles.OptIn, "opt-in page", s => judge(s, s.OptIn));

    /// <summary>Fails when the primary opt-in form and the text beside it lack a disclosure.</summary>
    public static Check Disclosure(RuleContext context, string missing, Func<FormAnalysis, TextMatch?> find)
    {
        var sites = SiteChecks.Sites(context, SiteRoles.OptIn);
        if (sites.Count == 0) return Check.NotEvaluated("no opt-in page was gathered");
        var loaded = sites.Where(s => s.Loaded).ToArray();
        if (loaded.Length == 0) return Check.NotEvaluated($"the opt-in page did not load ({sites[0].Problem})");
        var findings = new List<Finding>();
        var judged = 0;
        foreach (var s in loaded)
        {
            var form = s.OptIn.Primary;
            if (form is null) continue;
            judged++;
            if (find(form) is not null) continue;
            findings.Add(new Finding(
                $"The opt-in form on {s.Url} {missing}. The consent text reads: {SiteChecks.Quote(ConsentText(form), 240)}",
                Evidence.Page(s.Url, Anchor(form), ConsentText(form))));
        }
        if (judged == 0) return Check.NotEvaluated("no opt-in form was found on the page (see 2125 and 2139)");
        return Check.From(findings);
    }

    /// <summary>Where a disclosure belongs: the SMS consent checkbox, else the form.</summary>
    public static string Anchor(FormAnalysis form) => form.SmsConsentControls.FirstOrDefault()?.Selector ?? form.Selector;

    /// <summary>The consent wording people read beside the form: the SMS checkbox's text, else the form's text.</summary>
    public static string ConsentText(FormAnalysis form)
    {
        var c = form.SmsConsentControls.FirstOrDefault();
        if (c is not null && c.Text.Length > 0) return c.Text;
        return form.Text;
    }
}

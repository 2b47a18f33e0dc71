using Preflight.Core.Engine;
using Preflight.Core.Html;

namespace Preflight.Core.Rules.OptInForm;

/// <summary>The page given as the opt-in URL must hold a form (or at least a keyword call to action) where consent is given.</summary>
public sealed class NoOptInFormRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2125",
        Equivalents = ["30896"],
        Title = "The opt-in page has no opt-in form",
        Area = RuleArea.OptInForm,
        Severity = Severity.Rejection,
        Needs = Needs.OptInPage,
        Fix = "Submit the address of the page that actually holds the sign-up form (not the home page), or add the form to this page; if the form sits behind a login, host screenshots of it on a public page and submit that.",
    };

    public override Check Evaluate(RuleContext context) => OptInChecks.ForPages(context, Judge);

    private static IEnumerable<Finding> Judge(SiteAnalysis s, OptInPageAnalysis a)
    {
        // A search box, a login or an e-mail newsletter form is not an opt-in form: look for a phone field or SMS consent.
        if (a.Forms.Any(f => f.Phone is not null || f.CollectsSmsConsent) || a.KeywordCallToAction is not null) yield break;
        var page = s.Page!;
        var text = page.VisibleText;
        yield return new Finding(
            $"The page {s.Url} (title {SiteChecks.Quote(page.Title)}) has no form that takes a phone number or SMS consent{(s.UsesRender ? "" : ", not even after a static read; if the form is built by script, gather with a browser render")}.",
            Evidence.Page(s.Url, "body", text.Length > 200 ? text[..200] : text));
    }
}

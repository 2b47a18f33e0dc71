using Preflight.Core.Engine;
using Preflight.Core.Html;

namespace Preflight.Core.Rules.OptInForm;

/// <summary>
/// SMS consent must be an affirmative act: its own checkbox, unchecked when the page loads, not bundled with accepting
/// the terms or privacy policy.
/// </summary>
public sealed class PrecheckedConsentRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "30925",
        Equivalents = ["30896"],
        Title = "SMS consent is pre-checked or not a separate choice",
        Area = RuleArea.OptInForm,
        Severity = Severity.Rejection,
        Needs = Needs.OptInPage,
        Fix = "Give SMS consent its own checkbox, unchecked when the page loads (no checked attribute, no script that ticks it), separate from any checkbox accepting the terms or privacy policy.",
    };

    public override Check Evaluate(RuleContext context) => OptInChecks.ForPages(context, Judge);

    private static IEnumerable<Finding> Judge(SiteAnalysis s, OptInPageAnalysis a)
    {
        foreach (var form in a.Forms)
        {
            foreach (var c in form.SmsConsentControls)
            {
                if (c.Checked)
                    yield return new Finding(
                        $"The SMS consent {Kind(c)} on {s.Url} is already checked when the page loads ({c.CheckedSource}): {SiteChecks.Quote(c.Text)}.",
                        Evidence.Page(s.Url, c.Selector, c.Text));
                if (c.BundlesTerms)
                    yield return new Finding(
                        $"One checkbox on {s.Url} takes SMS consent and acceptance of the terms or privacy policy together: {SiteChecks.Quote(c.Text)}.",
                        Evidence.Page(s.Url, c.Selector, c.Text));
            }
            if (form.Phone is not null && !form.SmsConsentControls.Any() && form.TermsControls.FirstOrDefault() is { } terms)
                yield return new Finding(
                    $"The form on {s.Url} only asks to accept the terms ({SiteChecks.Quote(terms.Text)}); there is no separate checkbox for SMS consent.",
                    Evidence.Page(s.Url, terms.Selector, terms.Text));
        }
    }

    private static string Kind(ConsentControl c) => c.Type switch
    {
        "radio" => "choice",
        "aria-switch" => "switch",
        _ => "checkbox",
    };
}

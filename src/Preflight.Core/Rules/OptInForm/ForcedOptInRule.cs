using Preflight.Core.Engine;
using Preflight.Core.Html;

namespace Preflight.Core.Rules.OptInForm;

/// <summary>Consent must be optional: a form that takes the number as consent, or requires the SMS box, forces opt-in.</summary>
public sealed class ForcedOptInRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "803",
        Equivalents = ["2131", "30931", "30923"],
        Title = "Opt-in is forced: the SMS checkbox is missing or required",
        Area = RuleArea.OptInForm,
        Severity = Severity.Rejection,
        Needs = Needs.OptInPage,
        Fix = "Add an optional SMS consent checkbox beside the phone field (no required attribute, no script that blocks submitting without it), so the form can be sent without agreeing to texts.",
    };

    public override Check Evaluate(RuleContext context) => OptInChecks.ForPages(context, Judge);

    private static IEnumerable<Finding> Judge(SiteAnalysis s, OptInPageAnalysis a)
    {
        foreach (var form in a.OptInForms)
        {
            var sms = form.SmsConsentControls.ToArray();
            if (sms.Length == 0)
            {
                if (form.Phone is null) continue;
                yield return new Finding(
                    $"The form on {s.Url} collects a phone number with no SMS consent checkbox, so submitting it is taken as consent.",
                    Evidence.Page(s.Url, form.Phone.Selector, OptInChecks.ConsentText(form)));
                continue;
            }
            foreach (var c in sms.Where(c => c.Required))
                yield return new Finding(
                    $"The SMS consent checkbox on {s.Url} must be ticked to send the form ({c.RequiredBy}): {SiteChecks.Quote(c.Text)}.",
                    Evidence.Page(s.Url, c.Selector, c.Text));
        }
    }
}

using Preflight.Core.Engine;
using Preflight.Core.Html;

namespace Preflight.Core.Rules.OptInForm;

/// <summary>On a form that also serves other purposes (contact, booking, account, checkout), the phone number and SMS consent must be optional.</summary>
public sealed class RequiredConsentOnMultiPurposeFormRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2131",
        Equivalents = ["803", "30923"],
        Title = "Phone number or SMS consent is required on a multi-purpose form",
        Area = RuleArea.OptInForm,
        Severity = Severity.Rejection,
        Needs = Needs.OptInPage,
        Fix = "On a contact, booking, account or checkout form, make the phone field and the SMS consent checkbox optional (remove required / aria-required and any script check), so people can use the form without agreeing to texts.",
    };

    public override Check Evaluate(RuleContext context) => OptInChecks.ForPages(context, Judge);

    private static IEnumerable<Finding> Judge(SiteAnalysis s, OptInPageAnalysis a)
    {
        foreach (var form in a.OptInForms.Where(f => f.IsMultiPurpose))
        {
            var purposes = string.Join(", ", form.OtherPurposeFields.Select(f => f.Purpose).Distinct());
            if (form.Phone is { Required: true } phone)
                yield return new Finding(
                    $"The phone field {SiteChecks.Quote(phone.Label.Length > 0 ? phone.Label : phone.Name)} on {s.Url} is required ({phone.RequiredBy}) on a form that also collects {purposes}.",
                    Evidence.Page(s.Url, phone.Selector, phone.Label.Length > 0 ? phone.Label : phone.Name));
            foreach (var c in form.SmsConsentControls.Where(c => c.Required))
                yield return new Finding(
                    $"The SMS consent checkbox on {s.Url} is required ({c.RequiredBy}) on a form that also collects {purposes}.",
                    Evidence.Page(s.Url, c.Selector, c.Text));
        }
    }
}

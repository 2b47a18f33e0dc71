using Preflight.Core.Engine;
using Preflight.Core.Html;

namespace Preflight.Core.Rules.OptInForm;

/// <summary>An opt-in form must let the consumer enter the mobile number that will receive the messages.</summary>
public sealed class NoPhoneFieldRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2139",
        Equivalents = ["806", "2100", "30896"],
        Title = "The opt-in form has no phone number field",
        Area = RuleArea.OptInForm,
        Severity = Severity.Rejection,
        Needs = Needs.OptInPage,
        Fix = "Add a mobile phone number field (type=\"tel\", labelled \"Mobile phone\") to the form where consumers give SMS consent.",
    };

    public override Check Evaluate(RuleContext context) => OptInChecks.ForPages(context, Judge);

    private static IEnumerable<Finding> Judge(SiteAnalysis s, OptInPageAnalysis a)
    {
        // A form asks for SMS consent, yet no form on the page takes a phone number. (No consent form at all is 2125.)
        if (a.Forms.Any(f => f.Phone is not null)) yield break;
        var form = a.Forms.FirstOrDefault(f => f.CollectsSmsConsent);
        if (form is null) yield break;
        var fields = form.Fields.Count == 0 ? "no text fields" : string.Join(", ", form.Fields.Select(f => string.IsNullOrEmpty(f.Label) ? f.Name ?? f.Type : f.Label));
        yield return new Finding(
            $"The form on {s.Url} asks for {fields}, but has no field for a phone number.",
            Evidence.Page(s.Url, form.Selector, form.Text));
    }
}

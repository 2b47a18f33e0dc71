using System.Text.RegularExpressions;
using Preflight.Core.Engine;
using Preflight.Core.Html;
using Preflight.Core.Sites;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.OptInForm;

/// <summary>The opt-in form must show consumers where the privacy policy is: a link, or an address next to the consent.</summary>
public sealed partial class FormMissingPrivacyLinkRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2121",
        Equivalents = ["30896"],
        Title = "Opt-in form does not point to the privacy policy",
        Area = RuleArea.OptInForm,
        Severity = Severity.Rejection,
        Needs = Needs.OptInPage,
        Fix = "Link the privacy policy (and the terms) in the consent text beside the checkbox, e.g. \"… Privacy Policy: https://brand.com/privacy · Terms: https://brand.com/terms\".",
    };

    public override Check Evaluate(RuleContext context)
    {
        var sites = SiteChecks.Sites(context, SiteRoles.OptIn).Where(s => s.Loaded).ToArray();
        if (sites.Length == 0) return Check.NotEvaluated("no opt-in page loaded");
        var findings = new List<Finding>();
        var judged = 0;
        foreach (var s in sites)
        {
            var form = s.OptIn.Primary;
            if (form is null) continue;
            judged++;
            if (form.PrivacyLink is not null || PolicyAddressInText().IsMatch(form.DisclosureText)) continue;
            var footer = s.OptIn.PagePrivacyLink is { } l ? $" The page links to \"{l.Text}\" elsewhere ({l.Selector}), away from the form." : "";
            findings.Add(new Finding(
                $"Nothing beside the opt-in form on {s.Url} leads to the privacy policy.{footer}",
                Evidence.Page(s.Url, OptInChecks.Anchor(form), OptInChecks.ConsentText(form))));
        }
        if (judged == 0) return Check.NotEvaluated("no opt-in form was found on the page (see 2125 and 2139)");
        return Check.From(findings);
    }

    // "Privacy Policy: brand.com/privacy" written out as text counts as instructions.
    [GeneratedRegex(@"\bprivacy\s+(?:policy|notice|statement)\b[^\n]{0,60}?(?:https?://|www\.|\b[\w-]+\.(?:com|net|org|us|co|io)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex PolicyAddressInTextShared();
    private static Regex PolicyAddressInText() => ThreadRegex.Local(PolicyAddressInTextShared());
}

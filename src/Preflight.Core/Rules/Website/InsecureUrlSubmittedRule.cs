using Preflight.Core.Engine;
using Preflight.Core.Html;
using Preflight.Core.Model;
using Preflight.Core.Sites;

namespace Preflight.Core.Rules.Website;

/// <summary>Opt-in, privacy and terms links must be submitted as https://, even when the site also serves https.</summary>
public sealed class InsecureUrlSubmittedRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF501",
        Equivalents = ["2103", "7105"],
        Title = "An http:// link was submitted for the opt-in, privacy or terms page",
        Area = RuleArea.Website,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Submit every opt-in, privacy-policy and terms link with https:// (and make sure the site answers on https with a valid certificate). Reviewers reject plain-http links even when the site could serve https.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var findings = new List<Finding>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pointer in new[] { Fields.PrivacyPolicyLink, Fields.TermsAndConditionsLink })
        {
            var field = context.Text.Field(pointer);
            foreach (var url in field.Urls)
                if (url.Scheme == "http" && seen.Add(url.Value))
                    findings.Add(new Finding($"The link {url.Value} uses http://, not https://.", Evidence.Words(pointer, field.Text, url.Start, url.Length)));
        }
        var flow = context.Text.Field(Fields.MessageFlow);
        foreach (var url in flow.Urls)
            if (url.Scheme == "http" && seen.Add(url.Value))
                findings.Add(new Finding($"The message flow points consumers to {url.Value} over http://, not https://.", Evidence.Words(Fields.MessageFlow, flow.Text, url.Start, url.Length)));
        foreach (var s in SiteChecks.All(context))
        {
            if (s.Site.Role == SiteRoles.Website || !MixedContent.IsHttp(s.Site.Url) || !seen.Add(s.Site.Url)) continue;
            findings.Add(new Finding($"The address {s.Site.Url} uses http://, not https://.", Evidence.Page(s.Site.Url, null, s.Site.Url)));
        }
        return Check.From(findings);
    }
}

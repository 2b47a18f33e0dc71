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

    private static readonly string[] Links = [Fields.PrivacyPolicyLink, Fields.TermsAndConditionsLink];

    public override Check Evaluate(RuleContext context)
    {
        // Nearly every link is https: the list and the set are made for the first http one.
        List<Finding>? findings = null;
        HashSet<string>? seen = null;
        foreach (var pointer in Links)
        {
            var field = context.Text.Field(pointer);
            foreach (var url in field.Urls)
                if (url.Scheme == "http" && Seen(ref seen, url.Value))
                    (findings ??= []).Add(new Finding($"The link {url.Value} uses http://, not https://.", Evidence.Words(pointer, field.Text, url.Start, url.Length)));
        }
        var flow = context.Text.Field(Fields.MessageFlow);
        foreach (var url in flow.Urls)
            if (url.Scheme == "http" && Seen(ref seen, url.Value))
                (findings ??= []).Add(new Finding($"The message flow points consumers to {url.Value} over http://, not https://.", Evidence.Words(Fields.MessageFlow, flow.Text, url.Start, url.Length)));
        foreach (var s in SiteChecks.All(context))
        {
            if (s.Site.Role == SiteRoles.Website || !MixedContent.IsHttp(s.Site.Url) || !Seen(ref seen, s.Site.Url)) continue;
            (findings ??= []).Add(new Finding($"The address {s.Site.Url} uses http://, not https://.", Evidence.Page(s.Site.Url, null, s.Site.Url)));
        }
        return findings is null ? Check.Pass : Check.From(findings);
    }

    // Whether an address is new to the findings (compared without regard to case), noting it.
    private static bool Seen(ref HashSet<string>? seen, string address) => (seen ??= new(StringComparer.OrdinalIgnoreCase)).Add(address);
}

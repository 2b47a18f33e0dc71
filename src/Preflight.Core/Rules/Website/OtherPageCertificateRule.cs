using Preflight.Core.Engine;
using Preflight.Core.Html;
using Preflight.Core.Sites;

namespace Preflight.Core.Rules.Website;

/// <summary>
/// 2103 and 7105 cover the opt-in page and the privacy policy. Reviewers open the terms page and the brand's website
/// too, and a certificate error there reads the same to them, so the same strict check runs on those pages.
/// </summary>
public sealed class OtherPageCertificateRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF508",
        Equivalents = ["2103", "7105"],
        Title = "Terms page or brand website certificate does not verify",
        Area = RuleArea.Website,
        Severity = Severity.Warning,
        Needs = Needs.Tls,
        Fix = "Serve the terms page and the brand website over https with a publicly trusted certificate that covers the exact host name, is in date and is sent with its intermediates.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var parts = new[]
        {
            SiteChecks.Certificates(context, SiteRoles.Terms, "terms page"),
            SiteChecks.Certificates(context, SiteRoles.Website, "brand website"),
        };
        if (parts.All(p => p.Outcome == Outcome.NotEvaluated))
            return Check.NotEvaluated("neither the terms page nor the brand website was gathered");
        return Check.From(parts.SelectMany(p => p.Findings));
    }
}

using Preflight.Core.Engine;
using Preflight.Core.Html;

namespace Preflight.Core.Rules.Website;

/// <summary>A certificate that is valid today but expires within 14 days will likely fail during the weeks of review.</summary>
public sealed class CertificateExpiringSoonRule : Rule
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(14);

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF500",
        Equivalents = ["2103", "7105"],
        Title = "Certificate expires within 14 days",
        Area = RuleArea.Website,
        Severity = Severity.Warning,
        Needs = Needs.Tls,
        Fix = "Renew the certificate (or fix its automatic renewal) before submitting: vetting can take weeks, and a certificate that lapses during review draws a 'certificate verify failed' rejection.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var now = context.Clock.GetUtcNow();
        var findings = new List<Finding>();
        foreach (var s in SiteChecks.All(context))
        {
            var tls = s.Site.Tls;
            if (tls is null || tls.Chain.Count == 0 || tls.Problems.Count > 0) continue;
            var leaf = tls.Chain[0];
            var left = leaf.NotAfter - now;
            if (left < TimeSpan.Zero || left > Window) continue;
            findings.Add(new Finding(
                $"The certificate of {tls.Host} expires on {SiteChecks.Day(leaf.NotAfter)}, in {Math.Max(0, (int)left.TotalDays)} days. {SiteChecks.DescribeCertificate(tls)}",
                Evidence.Page(s.Site.Url, null, SiteChecks.CertificateExcerpt(tls), "tls")));
        }
        return Check.From(findings);
    }
}

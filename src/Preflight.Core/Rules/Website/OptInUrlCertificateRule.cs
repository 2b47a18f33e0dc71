using Preflight.Core.Engine;
using Preflight.Core.Html;
using Preflight.Core.Sites;

namespace Preflight.Core.Rules.Website;

/// <summary>The opt-in page's certificate must verify for a strict client: trusted, in date, for this host, full chain sent.</summary>
public sealed class OptInUrlCertificateRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2103",
        Equivalents = ["7105"],
        Title = "Opt-in URL certificate does not verify",
        Area = RuleArea.Website,
        Severity = Severity.Rejection,
        Needs = Needs.OptInPage,
        Fix = "Serve the opt-in page over https with a certificate from a public CA that covers the exact host name (www. and the bare domain), is in date, and is sent with its intermediate certificates; then re-check the URL.",
    };

    public override Check Evaluate(RuleContext context) => SiteChecks.Certificates(context, SiteRoles.OptIn, "opt-in page");
}

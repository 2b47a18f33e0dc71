using Preflight.Core.Engine;
using Preflight.Core.Html;
using Preflight.Core.Sites;

namespace Preflight.Core.Rules.PrivacyPolicy;

/// <summary>The privacy policy's certificate must verify for a strict client, like the opt-in page's.</summary>
public sealed class PrivacyUrlCertificateRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "7105",
        Equivalents = ["2103"],
        Title = "Privacy policy URL certificate does not verify",
        Area = RuleArea.PrivacyPolicy,
        Severity = Severity.Rejection,
        Needs = Needs.PrivacyPage,
        Fix = "Serve the privacy policy over https with a valid, in-date certificate from a public CA that covers the exact host name, sent with its intermediates; then re-check the link.",
    };

    public override Check Evaluate(RuleContext context) => SiteChecks.Certificates(context, SiteRoles.Privacy, "privacy policy page");
}

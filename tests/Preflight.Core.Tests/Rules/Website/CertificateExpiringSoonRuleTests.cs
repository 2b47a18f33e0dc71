using Preflight.Core.Rules.Website;
using Preflight.Core.Sites;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.Website;

public sealed class CertificateExpiringSoonRuleTests
{
    private static readonly CertificateExpiringSoonRule Rule = new();

    private static SiteEvidenceSet Expiring(int days) =>
        Pages.Set(Pages.Site(SiteRoles.OptIn, "optin-good.html", "/book") with { Tls = Pages.GoodTls(daysLeft: days) });

    [Theory]
    [InlineData(15)]
    [InlineData(80)]
    public void Passes_when_renewal_is_far_enough(int days) =>
        RuleTester.Passes(Rule, Golden.Submission, Expiring(days), clock: Pages.Clock);

    [Theory]
    [InlineData(13)]
    [InlineData(1)]
    public void Warns_within_14_days(int days)
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Expiring(days), clock: Pages.Clock);
        Assert.Contains($"in {days} days", Assert.Single(r.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_expired_certificates_to_2103()
    {
        var set = Pages.Set(Pages.Site(SiteRoles.OptIn, "optin-good.html", "/book") with { Tls = Pages.BadTls(ChainStatuses.Expired) });
        RuleTester.Passes(Rule, Golden.Submission, set, clock: Pages.Clock);
    }
}

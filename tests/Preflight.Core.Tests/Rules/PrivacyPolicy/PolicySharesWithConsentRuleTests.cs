using Preflight.Core.Rules.PrivacyPolicy;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.PrivacyPolicy;

public sealed class PolicySharesWithConsentRuleTests
{
    private static readonly PolicySharesWithConsentRule Rule = new();

    public static TheoryData<string> Compliant => new()
    {
        "privacy-good.html", "privacy-simple-statement.html", "privacy-carveout.html", "privacy-even-with-consent.html", "privacy-partner-exception.html",
    };

    public static TheoryData<string, string> Defective => new()
    {
        { "privacy-except-consent.html", "except with your consent" },
        { "privacy-unless-permission.html", "unless you give us permission" },
    };

    [Theory]
    [MemberData(nameof(Compliant))]
    public void Passes_without_a_consent_exception(string file) =>
        RuleTester.Passes(Rule, Golden.Submission, Pages.Privacy(file));

    [Theory]
    [MemberData(nameof(Defective))]
    public void Fails_quoting_the_exception(string file, string words)
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Privacy(file));
        var f = Assert.Single(r.Findings);
        Assert.Contains(words, f.Message);
        Assert.Contains(words, f.Evidence.Excerpt);
        Assert.Equal("#main > article > p:nth-of-type(6)", f.Evidence.Selector);
    }
}

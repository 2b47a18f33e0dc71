using Preflight.Core.Model;
using Preflight.Core.Rules.PrivacyPolicy;

namespace Preflight.Core.Tests.Rules.PrivacyPolicy;

public sealed class NoPrivacyPolicyUrlRuleTests
{
    private static readonly NoPrivacyPolicyUrlRule Rule = new();

    [Fact]
    public void Passes_the_golden_submission() => RuleTester.Passes(Rule, Golden.Submission);

    [Fact]
    public void Passes_when_the_policy_is_attached_for_an_offline_flow() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { PrivacyPolicyLink = null, MessageFlow = "Customers sign up in person. Our privacy policy is attached in the supporting documents." }));

    [Fact]
    public void Fails_when_the_link_is_only_in_the_message_flow()
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { PrivacyPolicyLink = null }), Fields.PrivacyPolicyLink);
        Assert.Contains("message flow mentions one", r.Findings[0].Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("N/A")]
    [InlineData("see website")]
    public void Fails_without_a_policy_address(string? link)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { PrivacyPolicyLink = link, MessageFlow = "Customers opt in on our booking form by checking an unchecked box." }), Fields.PrivacyPolicyLink);
        Assert.Equal(link, r.Findings[0].Evidence.Excerpt);
    }
}

using Preflight.Core.Model;
using Preflight.Core.Rules.PrivacyPolicy;
using Preflight.Core.Tests.Html;

namespace Preflight.Core.Tests.Rules.PrivacyPolicy;

public sealed class PolicyMentionsMarketingRuleTests
{
    private static readonly PolicyMentionsMarketingRule Rule = new();

    [Theory]
    [InlineData("privacy-good.html")]
    [InlineData("privacy-carveout.html")]
    public void Passes_when_marketing_appears_only_as_a_purpose_data_is_not_shared_for(string file) =>
        RuleTester.Passes(Rule, Golden.Submission, Pages.Privacy(file));

    [Fact]
    public void Fails_when_promotional_messages_are_mentioned_without_the_marketing_use_case()
    {
        var r = RuleTester.Fails(Rule, Golden.Submission, sites: Pages.Privacy("privacy-marketing.html"));
        Assert.Contains("promotional messages", Assert.Single(r.Findings).Evidence.Excerpt);
    }

    [Fact]
    public void Passes_when_marketing_is_a_sub_use_case() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Usecase = UseCases.Mixed, SubUsecases = [UseCases.AccountNotification, UseCases.Marketing] }), Pages.Privacy("privacy-marketing.html"));
}

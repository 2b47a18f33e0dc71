using Preflight.Core.Model;
using Preflight.Core.Rules.Attributes;

namespace Preflight.Core.Tests.Rules.Attributes;

public sealed class SubUseCaseNotAllowedRuleTests
{
    private static readonly SubUseCaseNotAllowedRule Rule = new();

    [Fact]
    public void Passes_standard_sub_use_cases() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Usecase = UseCases.Mixed, SubUsecases = ["account_notification", UseCases.Marketing, UseCases.SecurityAlert] }));

    [Theory]
    [InlineData(UseCases.Charity, "cannot be a sub-use-case")]
    [InlineData(UseCases.Sweepstake, "cannot be a sub-use-case")]
    [InlineData("REMINDERS", "is not a registry use case")]
    public void Fails_sub_use_cases_outside_the_list(string sub, string why)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Usecase = UseCases.LowVolume, SubUsecases = [UseCases.CustomerCare, sub] }), Fields.SubUsecases);
        Assert.Single(r.Findings);
        Assert.Contains(why, r.Findings[0].Message);
        Assert.Equal(sub, r.Findings[0].Evidence.Excerpt);
    }

    [Fact]
    public void Ignores_sub_use_cases_of_a_single_use_case() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { SubUsecases = [UseCases.Charity] }));
}

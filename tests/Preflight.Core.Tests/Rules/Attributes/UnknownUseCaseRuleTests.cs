using Preflight.Core.Model;
using Preflight.Core.Rules.Attributes;

namespace Preflight.Core.Tests.Rules.Attributes;

public sealed class UnknownUseCaseRuleTests
{
    private static readonly UnknownUseCaseRule Rule = new();

    [Theory]
    [InlineData("ACCOUNT_NOTIFICATION")]
    [InlineData("2FA")]
    [InlineData("low_volume")]
    [InlineData(" MARKETING ")]
    public void Passes_registry_use_cases(string useCase) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Usecase = useCase }));

    [Theory]
    [InlineData("ACCOUNT_NOTIFICATIONS", "ACCOUNT_NOTIFICATION")]
    [InlineData("Customer Care", "CUSTOMER_CARE")]
    [InlineData("APPOINTMENTS", null)]
    public void Fails_unknown_use_cases_and_suggests_the_nearest(string useCase, string? suggestion)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Usecase = useCase }), Fields.Usecase);
        if (suggestion is null) Assert.DoesNotContain("did you mean", r.Findings[0].Message);
        else Assert.Contains(suggestion, r.Findings[0].Message);
    }
}

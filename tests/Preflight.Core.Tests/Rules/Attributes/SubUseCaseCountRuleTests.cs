using Preflight.Core.Model;
using Preflight.Core.Rules.Attributes;

namespace Preflight.Core.Tests.Rules.Attributes;

public sealed class SubUseCaseCountRuleTests
{
    private static readonly SubUseCaseCountRule Rule = new();

    public static TheoryData<string, string[]> Valid => new()
    {
        { UseCases.Mixed, [UseCases.AccountNotification, UseCases.Marketing] },
        { UseCases.Mixed, [UseCases.TwoFactor, UseCases.AccountNotification, UseCases.CustomerCare, UseCases.DeliveryNotification, UseCases.Marketing] },
        { UseCases.LowVolume, [UseCases.CustomerCare] },
        { UseCases.AccountNotification, [] },
    };

    public static TheoryData<string, string[]> Invalid => new()
    {
        { UseCases.Mixed, [UseCases.Marketing] },
        { UseCases.Mixed, [UseCases.Marketing, "marketing"] },
        { UseCases.Mixed, [UseCases.TwoFactor, UseCases.AccountNotification, UseCases.CustomerCare, UseCases.DeliveryNotification, UseCases.Marketing, UseCases.FraudAlert] },
        { UseCases.LowVolume, [] },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_the_right_number(string useCase, string[] subs) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Usecase = useCase, SubUsecases = subs }));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_too_few_or_too_many(string useCase, string[] subs) =>
        RuleTester.Fails(Rule, Golden.With(c => c with { Usecase = useCase, SubUsecases = subs }), Fields.SubUsecases);
}

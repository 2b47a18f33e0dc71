using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Rules.Brand;

namespace Preflight.Core.Tests.Rules.Brand;

public sealed class SoleProprietorUseCaseUnsupportedRuleTests
{
    private static readonly SoleProprietorUseCaseUnsupportedRule Rule = new();

    public static TheoryData<string> OtherUseCases => new() { UseCases.AccountNotification, UseCases.Marketing, UseCases.Mixed, UseCases.Political, "sole proprietor" };

    [Theory]
    [InlineData("SOLE_PROPRIETOR")]
    [InlineData("sole_proprietor")]
    [InlineData(" SOLE_PROPRIETOR ")]
    public void Warns_about_the_sole_proprietor_use_case(string usecase)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Usecase = usecase }), Fields.Usecase);
        Assert.Contains("depends on the provider", r.Findings[0].Message);
    }

    [Theory]
    [MemberData(nameof(OtherUseCases))]
    public void Passes_other_use_cases(string usecase) => RuleTester.Passes(Rule, Golden.With(c => c with { Usecase = usecase }));

    [Fact]
    public void Is_a_warning() => Assert.Equal(Severity.Warning, Rule.Descriptor.Severity);
}

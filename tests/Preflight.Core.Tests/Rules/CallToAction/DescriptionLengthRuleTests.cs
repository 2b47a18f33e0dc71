using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class DescriptionLengthRuleTests
{
    private static readonly DescriptionLengthRule Rule = new();

    [Theory]
    [InlineData(40)]
    [InlineData(4096)]
    public void Passes_at_the_limits(int length) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Description = new string('a', length) }));

    [Theory]
    [InlineData(39, "at least 40")]
    [InlineData(4097, "at most 4096")]
    public void Fails_outside_the_limits(int length, string says)
    {
        var r = RuleTester.Fails(Rule, Golden.With(c => c with { Description = new string('a', length) }), Fields.Description);
        Assert.Contains(says, r.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_on_a_one_line_description() =>
        RuleTester.Fails(Rule, Golden.With(c => c with { Description = "Appointment reminders." }), Fields.Description);

    [Fact]
    public void Leaves_an_empty_description_to_the_required_fields_rule() =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Description = "" }));
}

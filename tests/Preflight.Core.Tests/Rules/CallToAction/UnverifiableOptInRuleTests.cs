using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class UnverifiableOptInRuleTests
{
    private static readonly UnverifiableOptInRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string, string, bool> OfflineTemplates => CtaFlows.Table(t => !t.Name.StartsWith("Web", StringComparison.Ordinal));

    public static TheoryData<string, string, bool> OfflineTemplatesWithoutRates =>
        CtaFlows.Missing("rates", t => !t.Name.StartsWith("Web", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_every_template_when_the_brand_has_a_website(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Rule.Code + template);

    [Theory]
    [MemberData(nameof(OfflineTemplates))]
    public void Passes_on_complete_offline_templates_without_a_website(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, NoWebsite(CtaFlows.With(flow, links))).Rule.Code + template);

    [Theory]
    [MemberData(nameof(OfflineTemplatesWithoutRates))]
    public void Fails_on_an_incomplete_offline_template_without_a_website(string template, string flow, bool links)
    {
        var r = RuleTester.Fails(Rule, NoWebsite(CtaFlows.With(flow, links)), Fields.MessageFlow);
        Assert.True(r.Findings[0].Message.Contains("rates", StringComparison.Ordinal), template);
    }

    [Fact]
    public void Fails_on_a_web_opt_in_when_the_brand_has_no_website() =>
        RuleTester.Fails(Rule, NoWebsite(CtaFlows.With(CtaFlows.WebWithLinks)), Fields.MessageFlow);

    [Fact]
    public void Fails_when_neither_website_nor_opt_in_path_is_given() =>
        RuleTester.Fails(Rule, NoWebsite(CtaFlows.Flow("Patients agree to receive appointment reminders from Bright Smile Dental. Reply STOP to cancel.")), Fields.MessageFlow);

    private static Submission NoWebsite(Submission s) => s with { Brand = s.Brand with { Website = " " } };
}

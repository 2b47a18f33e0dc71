using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class ConsentNotConditionMissingRuleTests
{
    private static readonly ConsentNotConditionMissingRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Rule.Code + template);

    [Theory]
    [InlineData("Patients opt in on https://www.brightsmiledental.com/sms. Consent is not required to purchase goods or services.")]
    [InlineData("Patients opt in on https://www.brightsmiledental.com/sms. Signing up is not a condition of any purchase.")]
    [InlineData("Patients tick an unchecked box: \"Text me visit reminders. Reply STOP to opt out. Not required for service.\"")]
    [InlineData("Patients opt in on https://www.brightsmiledental.com/sms. Opting in is optional.")]
    [InlineData("Patients opt in on https://www.brightsmiledental.com/sms. Texting is optional and not needed for treatment.")]
    [InlineData("Staff ask patients whether they want reminders. Saying no does not affect their care.")]
    [InlineData("Patients opt in on https://www.brightsmiledental.com/sms. You do not have to opt in to book a visit.")]
    public void Passes_on_other_wordings(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    [Theory]
    [InlineData("Patients opt in on https://www.brightsmiledental.com/sms by checking an optional box.")]
    [InlineData("Patients opt in on https://www.brightsmiledental.com/sms. SMS consent is required to book online.")]
    [InlineData("Patients opt in on https://www.brightsmiledental.com/sms. Payment is not required for service until your visit.")]
    public void Advises_when_no_wording_says_consent_is_optional(string flow) =>
        RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);

    [Theory]
    [InlineData(UseCases.Charity)]
    [InlineData(UseCases.PublicServiceAnnouncement)]
    [InlineData(UseCases.PollingVoting)]
    [InlineData(UseCases.K12Education)]
    [InlineData(UseCases.Political)]
    public void Does_not_ask_it_where_nothing_is_bought(string useCase)
    {
        var flow = CtaFlows.Swap(CtaFlows.KeywordWithLinks, ("Consent is not a condition of purchase. ", ""));
        RuleTester.Passes(Rule, CtaFlows.With(flow) with { Campaign = CtaFlows.With(flow).Campaign with { Usecase = useCase, SubUsecases = [] } });
    }

    [Fact]
    public void Does_not_ask_it_of_a_government_brand()
    {
        var flow = CtaFlows.Swap(CtaFlows.KeywordWithLinks, ("Consent is not a condition of purchase. ", ""));
        RuleTester.Passes(Rule, CtaFlows.With(flow) with { Brand = Golden.Brand with { EntityType = EntityTypes.Government } });
    }

    [Theory]
    [InlineData(UseCases.Mixed, new[] { UseCases.PublicServiceAnnouncement, UseCases.Marketing })]
    [InlineData(UseCases.LowVolume, new[] { UseCases.AccountNotification, UseCases.PublicServiceAnnouncement })]
    [InlineData(UseCases.HigherEducation, new string[0])]
    public void Still_advises_it_where_something_may_be_bought(string useCase, string[] subUseCases)
    {
        var flow = CtaFlows.Swap(CtaFlows.KeywordWithLinks, ("Consent is not a condition of purchase. ", ""));
        RuleTester.Fails(Rule, CtaFlows.With(flow) with { Campaign = CtaFlows.With(flow).Campaign with { Usecase = useCase, SubUsecases = subUseCases } }, Fields.MessageFlow);
    }

    [Fact]
    public void Fails_when_a_template_drops_the_statement()
    {
        var flow = CtaFlows.Swap(CtaFlows.WebWithLinks, ("Consent is not a condition of purchase. ", ""));
        var r = RuleTester.Fails(Rule, CtaFlows.With(flow), Fields.MessageFlow);
        Assert.Equal(Engine.Severity.Advice, r.Rule.Severity);
    }
}

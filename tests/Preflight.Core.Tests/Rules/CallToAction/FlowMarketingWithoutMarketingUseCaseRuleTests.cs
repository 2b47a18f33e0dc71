using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class FlowMarketingWithoutMarketingUseCaseRuleTests
{
    private static readonly FlowMarketingWithoutMarketingUseCaseRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string> Promotional => new()
    {
        "Patients opt in on https://www.brightsmiledental.com/sms to get appointment reminders and promotional offers.",
        "Customers check the box to receive order updates, coupons and flash sale alerts.",
        "By opting in you agree to receive marketing messages from Bright Smile Dental.",
    };

    public static TheoryData<string> NotPromotional => new()
    {
        "Patients opt in on https://www.brightsmiledental.com/sms for appointment reminders. We do not send promotional messages.",
        "Patients opt in at the front desk. Mobile numbers are never shared with third parties for marketing or promotional purposes.",
        "Customers opt in at the point of sale terminal to receive receipts by text.",
        "Patients opt in on our booking form. Mobile information will not be shared with third parties or affiliates for marketing or promotional purposes.",
        "Patients opt in on our booking form. Your mobile number and SMS consent will never be sold, rented or shared with third parties or affiliates for promotional purposes.",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Rule.Code + template);

    [Theory]
    [MemberData(nameof(NotPromotional))]
    public void Passes_when_marketing_is_only_denied_or_a_privacy_statement(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    [Theory]
    [MemberData(nameof(Promotional))]
    public void Fails_when_the_flow_promises_promotions_without_marketing(string flow)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
        Assert.NotNull(r.Findings[0].Evidence.Start);
    }

    [Theory]
    [MemberData(nameof(Promotional))]
    public void Passes_when_marketing_is_a_sub_use_case(string flow)
    {
        var s = Golden.With(c => c with { Usecase = UseCases.Mixed, SubUsecases = [UseCases.AccountNotification, UseCases.Marketing], MessageFlow = flow });
        RuleTester.Passes(Rule, s);
    }

    [Fact]
    public void Fails_on_a_promotional_opt_in_message()
    {
        var s = Golden.With(c => c with { OptinMessage = "Bright Smile Dental: You're in for reminders and exclusive offers! Msg & data rates may apply. Reply STOP to cancel." });
        RuleTester.Fails(Rule, s, Fields.OptinMessage);
    }
}

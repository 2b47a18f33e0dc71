using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class CourtOrderPermissionRuleTests
{
    private static readonly CourtOrderPermissionRule Rule = new();

    [Fact]
    public void Passes_on_the_golden_submission() => RuleTester.Passes(Rule, Golden.Submission);

    [Fact]
    public void Fails_when_permission_comes_from_a_court_order()
    {
        const string flow = "Tenants receive rent reminders under a court order from the housing case. Reply STOP to cancel.";
        var r = RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
        Assert.Equal("court order", r.Findings[0].Evidence.Excerpt);
        Assert.True(Rule.Descriptor.DoNotResubmit);
    }

    [Theory]
    [InlineData("Bright Smile Family Law helps parents with custody, divorce and enforcing court orders for child support. Clients who opt in on our website receive case updates.")]
    [InlineData("Clients who opted in on our website receive reminders of hearings and court-ordered mediation sessions, up to 4 messages per month.")]
    public void Passes_a_law_firm_describing_court_orders_it_works_on(string description) =>
        RuleTester.Passes(Rule, Golden.With(c => c with { Description = description }));

    [Fact]
    public void Fails_when_the_description_says_the_texts_are_court_ordered() =>
        RuleTester.Fails(Rule, Golden.With(c => c with { Description = "Defendants receive court-ordered check-in texts from our office, up to 4 messages per month." }), Fields.Description);

    [Fact]
    public void Passes_when_the_court_order_is_denied() =>
        RuleTester.Passes(Rule, CtaFlows.Flow("Tenants opt in on https://www.brightsmiledental.com/sms; no one is texted because of a court order."));
}

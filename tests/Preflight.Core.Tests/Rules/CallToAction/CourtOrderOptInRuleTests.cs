using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class CourtOrderOptInRuleTests
{
    private static readonly CourtOrderOptInRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string> Invalid => new()
    {
        "Defendants on probation receive check-in reminders as required by court order. Reply STOP to cancel.",
        "Clients are enrolled in text reminders because it is court-ordered for their case.",
        "Texts go to parties pursuant to a court order issued in the matter.",
        "Participants in our pretrial program receive court-ordered check-in texts. Reply STOP to cancel.",
        "Parents get visitation reminders; the court orders us to text both parties.",
    };

    public static TheoryData<string> Valid => new()
    {
        "Clients opt in on our intake form at https://www.brightsmiledental.com/sms. We never text anyone based on a court order.",
        "Clients of our law firm opt in on https://www.brightsmiledental.com/sms to get hearing date reminders from Bright Smile Dental.",
        "Clients of our family law firm opt in on https://www.brightsmiledental.com/sms to get reminders of hearings and court-ordered mediation sessions.",
        "Our firm helps parents enforce court orders for child support. Clients opt in on https://www.brightsmiledental.com/sms for case updates.",
        "Clients opt in on https://www.brightsmiledental.com/sms for reminders of their court-ordered parenting classes.",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Rule.Code + template);

    [Theory]
    [MemberData(nameof(Valid))]
    public void Passes_when_no_court_order_is_relied_on(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Fails_when_the_flow_relies_on_a_court_order(string flow)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
        Assert.Contains("court", r.Findings[0].Evidence.Excerpt!, StringComparison.OrdinalIgnoreCase);
        Assert.True(Rule.Descriptor.DoNotResubmit);
    }

    [Fact]
    public void Fails_when_the_description_relies_on_a_court_order()
    {
        var s = Golden.With(c => c with { Description = "Reminders of supervised visits, sent to parents as ordered by the court." });
        RuleTester.Fails(Rule, s, Fields.Description);
    }
}

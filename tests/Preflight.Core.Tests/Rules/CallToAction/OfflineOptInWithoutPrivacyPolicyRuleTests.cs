using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class OfflineOptInWithoutPrivacyPolicyRuleTests
{
    private static readonly OfflineOptInWithoutPrivacyPolicyRule Rule = new();

    public static TheoryData<string, string, bool> LinkedOrOnline => CtaFlows.Table(t => t.Links || !CtaFlows.IsVerbal(t));

    public static TheoryData<string> OfflineWithoutLink => new()
    {
        "Patients opt in in person by signing our paper consent form at the front desk. For our privacy policy, ask the front desk.",
        "Consent is given verbally over the phone when patients call to book appointment reminders.",
    };

    [Theory]
    [MemberData(nameof(LinkedOrOnline))]
    public void Passes_when_a_policy_link_is_given_or_the_opt_in_is_online(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Rule.Code + template);

    [Fact]
    public void Fails_on_the_verbal_template_without_links_since_the_policy_must_be_attached()
    {
        var r = RuleTester.Fails(Rule, CtaFlows.With(CtaFlows.VerbalWithoutLinks, links: false), Fields.PrivacyPolicyLink);
        Assert.Contains("verbally", r.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Passes_when_the_flow_says_the_policy_is_attached()
    {
        var flow = CtaFlows.VerbalWithoutLinks + " A PDF of our Privacy Policy is attached to this registration.";
        RuleTester.Passes(Rule, CtaFlows.With(flow, links: false));
    }

    [Theory]
    [MemberData(nameof(OfflineWithoutLink))]
    public void Fails_on_offline_opt_ins_without_a_policy_link(string flow) =>
        RuleTester.Fails(Rule, CtaFlows.With(flow, links: false), Fields.PrivacyPolicyLink);

    [Fact]
    public void Passes_when_the_policy_link_is_only_in_the_flow() =>
        RuleTester.Passes(Rule, CtaFlows.With("Consent is given verbally over the phone when patients call to book appointment reminders." + " Privacy Policy: https://www.brightsmiledental.com/privacy", links: false));
}

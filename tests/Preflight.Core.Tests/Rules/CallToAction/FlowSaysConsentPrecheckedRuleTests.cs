using Preflight.Core.Model;
using Preflight.Core.Rules.CallToAction;
using Preflight.Core.Tests.Corpus;

namespace Preflight.Core.Tests.Rules.CallToAction;

public sealed class FlowSaysConsentPrecheckedRuleTests
{
    private static readonly FlowSaysConsentPrecheckedRule Rule = new();

    public static TheoryData<string, string, bool> Templates => CtaFlows.Table();

    public static TheoryData<string> CorpusIds
    {
        get
        {
            var d = new TheoryData<string>();
            foreach (var s in CompliantCorpus.All) d.Add(s.Source);
            return d;
        }
    }

    // (message flow, the words the finding points at)
    public static TheoryData<string, string> SaysPrechecked => new()
    {
        // A long quoted label between the box and what is said of it; its own full stops do not end the sentence.
        { "Patients book at https://www.brightsmiledental.com/book and enter a mobile number; the box labeled \"Send me visit reminders from Bright Smile Dental. Up to 4 msgs/mo. Msg & data rates may apply. Reply HELP for help, STOP to cancel.\" is already ticked for convenience and patients can untick it.", "is already ticked" },
        { "Our reminder checkbox on the booking page is pre-checked so patients don't miss a visit.", "pre-checked" },
        { "Shoppers opt in at checkout, where the SMS consent box is checked by default.", "checked by default" },
        { "The text-alerts opt-in toggle in the app comes pre-selected during sign-up.", "pre-selected" },
        { "Customers see a pre-ticked box reading \"Yes, text me deals from Bright Smile Dental\" under the phone field.", "pre-ticked" },
        { "To save time, SMS consent is prechecked on the intake tablet and staff remind patients they can clear it.", "prechecked" },
        { "On the portal the notification checkbox is ticked automatically when a mobile number is entered.", "ticked automatically" },
        { "The SMS reminders toggle is on by default for every new account.", "on by default" },
        { "The consent checkbox starts out checked; patients who prefer no texts uncheck it.", "starts out checked" },
        { "Clients register online, and the opt-in box for texts is auto-checked.", "auto-checked" },
        { "Text alerts are checked for your convenience on the order form.", "checked for your convenience" },
    };

    public static TheoryData<string> SaysUnchecked => new()
    {
        "Patients opt in at https://www.brightsmiledental.com/book by checking an optional, unchecked box beside the disclosure.",
        "The SMS box on the booking form is left blank until the patient ticks it.",
        "Patients tick a separate box that is not pre-checked: \"Text me visit reminders from Bright Smile Dental.\"",
        "The consent checkbox is unchecked by default and is not required to book.",
        "The SMS box on our booking form is never pre-checked.",
        "Consent is given with an empty box rather than a pre-ticked one.",
        "Pre-checked boxes are never used on our forms; patients tick the SMS box themselves.",
        "We do not use pre-selected consent options.",
        "The opt-in toggle is off by default and patients switch it on themselves.",
        // Other meanings of the same words.
        "Patients who are already checked in get a text when their room is ready; they opted in with an unchecked SMS box.",
        "Mobile numbers are pre-checked against our records before a reminder text goes out; patients opt in with an unchecked box.",
        "Patients get an SMS reminder for the time slot they already selected; they opt in by ticking an empty box.",
        "Items in your cart are pre-selected for reorder.",
        // The words run together in an address or file name.
        "Screenshots of the form: https://www.brightsmiledental.com/img/optin-prechecked.html shows the box before a patient ticks it, unchecked by default.",
        "The unchecked SMS box is shown in optin-prechecked.html attached to this campaign.",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Passes_on_the_example_calls_to_action(string template, string flow, bool links) =>
        Assert.NotNull(RuleTester.Passes(Rule, CtaFlows.With(flow, links)).Rule.Code + template);

    [Theory]
    [MemberData(nameof(CorpusIds))]
    public void Passes_on_the_compliant_corpus(string id) =>
        RuleTester.Passes(Rule, CompliantCorpus.All.Single(s => s.Source == id));

    [Theory]
    [MemberData(nameof(SaysPrechecked))]
    public void Fails_when_the_flow_says_the_box_starts_checked(string flow, string excerpt)
    {
        var r = RuleTester.Fails(Rule, CtaFlows.Flow(flow), Fields.MessageFlow);
        Assert.Equal(excerpt, Assert.Single(r.Findings).Evidence.Excerpt);
        Assert.Equal(Engine.Severity.Rejection, r.Rule.Severity);
    }

    [Theory]
    [MemberData(nameof(SaysUnchecked))]
    public void Passes_when_the_flow_says_the_box_starts_unchecked(string flow) => RuleTester.Passes(Rule, CtaFlows.Flow(flow));

    [Fact]
    public void Fails_when_the_description_says_it()
    {
        var s = Golden.With(c => c with { Description = c.Description + " Patients agree through a pre-checked SMS box on the booking form." });
        RuleTester.Fails(Rule, s, Fields.Description);
    }

    [Fact]
    public void Is_found_under_the_carrier_code() =>
        Assert.Contains("30925", Rule.Descriptor.Equivalents);
}

using Preflight.Core.Model;

namespace Preflight.Core.Tests.Rules.CallToAction;

/// <summary>
/// The seed's example calls to action (web form, keyword, verbal; with and without policy links), written out for the
/// golden brand, Bright Smile Dental. Compliant as they stand; tests remove one element at a time.
/// </summary>
public static class CtaFlows
{
    public const string Privacy = "https://www.brightsmiledental.com/privacy";
    public const string Terms = "https://www.brightsmiledental.com/terms";

    public const string WebWithLinks =
        "Patients sign up on our appointment request form at https://www.brightsmiledental.com/sms-signup by entering their mobile number and checking an unchecked, optional SMS box. " +
        "The box reads: By submitting this form and providing your number, you agree to receive appointment reminders and account updates from Bright Smile Dental at the number provided. " +
        "Consent is not a condition of purchase. Msg & data rates may apply. Msg frequency varies. Reply STOP to unsubscribe at any time, HELP for help. " +
        "Privacy Policy: https://www.brightsmiledental.com/privacy Terms: https://www.brightsmiledental.com/terms";

    public const string WebWithoutLinks =
        "Patients sign up on our appointment request form at https://www.brightsmiledental.com/sms-signup by entering their mobile number and checking an unchecked, optional SMS box. " +
        "The box reads: By submitting this form and providing your number, you agree to receive appointment reminders and account updates from Bright Smile Dental at the number provided. " +
        "Consent is not a condition of purchase. Msg & data rates may apply. Msg frequency varies. Reply STOP to unsubscribe at any time, HELP for help. " +
        "Visit us at www.brightsmiledental.com. For a copy of our Privacy Policy and Terms, call (303) 555-0142 or email office@brightsmiledental.com.";

    public const string KeywordWithLinks =
        "Patients opt in by texting REMIND to (303) 555-0142. By texting the keyword they agree to receive appointment reminders from Bright Smile Dental. " +
        "Consent is not a condition of purchase. Msg & data rates may apply. Msg frequency varies, up to 4 msgs/mo. Reply HELP for help, STOP to cancel. " +
        "Privacy Policy: https://www.brightsmiledental.com/privacy and Terms: https://www.brightsmiledental.com/terms. " +
        "The keyword is advertised on the signage in our waiting room and on our website's SMS page (screenshot attached).";

    public const string KeywordWithoutLinks =
        "Patients opt in by texting REMIND to (303) 555-0142 to get appointment reminders from Bright Smile Dental about their visits. Consent is not a condition of purchase. " +
        "Message frequency varies; expect up to 2 messages per week. Message and data rates may apply. Reply HELP for help, STOP to unsubscribe. " +
        "Visit us at www.brightsmiledental.com. For details on our Privacy Policy and Terms, call us at (303) 555-0142 or email office@brightsmiledental.com. " +
        "Patients learn of the keyword from the printed flyer in our waiting room (attached) and in our Terms.";

    public const string VerbalWithLinks =
        "Bright Smile Dental collects opt-ins only verbally, in person at our office or over the phone when a patient calls. " +
        "During the visit or call, Bright Smile Dental staff ask if the patient would like text updates about their appointments. " +
        "When a patient registers for the first time, they are asked for their mobile number. " +
        "Staff are trained to ask whether the patient wants to opt in to SMS appointment reminders and account updates. " +
        "Patients are told verbally that \"Message and data rates may apply\", \"Message frequency varies\", and that they can \"text HELP for help and STOP to unsubscribe at any time.\" " +
        "They are also told that their number will not be shared with third parties for marketing or promotional purposes. " +
        "Staff read our Privacy Policy and Terms when the patient agrees and offer a copy. Consent is not a condition of purchase. " +
        "Privacy Policy: https://www.brightsmiledental.com/privacy Terms: https://www.brightsmiledental.com/terms";

    public const string VerbalWithoutLinks =
        "Bright Smile Dental collects opt-ins only verbally, in person at our office or over the phone when a patient calls. " +
        "During the visit or call, Bright Smile Dental staff ask if the patient would like text updates about their appointments. " +
        "When a patient registers for the first time, they are asked for their mobile number. " +
        "Staff are trained to ask whether the patient wants to opt in to SMS appointment reminders and account updates. " +
        "Patients are told verbally that \"Message and data rates may apply\", \"Message frequency varies\", and that they can \"text HELP for help and STOP to unsubscribe at any time.\" " +
        "They are also told that their number will not be shared with third parties for marketing or promotional purposes. " +
        "Staff read our Privacy Policy and Terms when the patient agrees and offer a copy. Consent is not a condition of purchase. " +
        "Visit us at www.brightsmiledental.com. For details on our Privacy Policy and Terms, call us at (303) 555-0142 or email office@brightsmiledental.com.";

    public const string VerbalQuotedScript =
        "Consent is collected verbally when patients call our front desk. Staff read this script: " +
        "\"Would you like Bright Smile Dental to text you appointment reminders? You will get up to 4 messages a month. Message and data rates may apply. " +
        "Text HELP for help or STOP to opt out at any time. We never share your number; our privacy policy is at brightsmiledental.com/privacy.\" " +
        "Consent is not a condition of purchase. Patients who say yes are noted in our scheduling system. Terms: https://www.brightsmiledental.com/terms";

    /// <summary>Every template with the policy link fields it goes with.</summary>
    public static IEnumerable<(string Name, string Flow, bool Links)> All =>
    [
        (nameof(WebWithLinks), WebWithLinks, true),
        (nameof(WebWithoutLinks), WebWithoutLinks, false),
        (nameof(KeywordWithLinks), KeywordWithLinks, true),
        (nameof(KeywordWithoutLinks), KeywordWithoutLinks, false),
        (nameof(VerbalWithLinks), VerbalWithLinks, true),
        (nameof(VerbalWithoutLinks), VerbalWithoutLinks, false),
        (nameof(VerbalQuotedScript), VerbalQuotedScript, true),
    ];

    /// <summary>The golden submission with this message flow, and the policy link fields filled or emptied.</summary>
    public static Submission With(string flow, bool links = true) => Golden.With(c => c with
    {
        MessageFlow = flow,
        PrivacyPolicyLink = links ? Privacy : null,
        TermsAndConditionsLink = links ? Terms : null,
    });

    /// <summary>The golden submission with this message flow and the links kept.</summary>
    public static Submission Flow(string flow) => Golden.With(c => c with { MessageFlow = flow });

    /// <summary>Table of (template name, flow, links) for theories.</summary>
    public static TheoryData<string, string, bool> Table(Func<(string Name, string Flow, bool Links), bool>? where = null)
    {
        var d = new TheoryData<string, string, bool>();
        foreach (var t in All)
            if (where is null || where(t)) d.Add(t.Name, t.Flow, t.Links);
        return d;
    }

    /// <summary>The flow with each (from, to) edit applied; fails the test if a <c>from</c> is not in the flow.</summary>
    public static string Swap(string flow, params (string From, string To)[] edits)
    {
        foreach (var (from, to) in edits)
        {
            Assert.True(flow.Contains(from, StringComparison.Ordinal), $"\"{from}\" is not in the flow");
            flow = flow.Replace(from, to, StringComparison.Ordinal);
        }
        return flow;
    }

    /// <summary>The flow with the brand's name taken out everywhere, its web addresses included.</summary>
    public static string WithoutBrand(string flow) =>
        Swap(flow, ("Bright Smile Dental", "the practice"), ("brightsmiledental", "bsd-care"));

    private static readonly (string From, string To)[] WebTypes = [("appointment reminders and account updates", "messages")];
    private static readonly (string From, string To)[] VerbalTypes =
        [("text updates about their appointments", "texts"), ("SMS appointment reminders and account updates", "SMS")];

    // The edits that take one disclosure out of each template.
    private static readonly Dictionary<string, Dictionary<string, (string From, string To)[]>> Edits = new()
    {
        ["types"] = new()
        {
            [nameof(WebWithLinks)] = WebTypes,
            [nameof(WebWithoutLinks)] = WebTypes,
            [nameof(KeywordWithLinks)] = [("appointment reminders", "messages")],
            [nameof(KeywordWithoutLinks)] = [("appointment reminders from Bright Smile Dental about their visits", "messages from Bright Smile Dental")],
            [nameof(VerbalWithLinks)] = VerbalTypes,
            [nameof(VerbalWithoutLinks)] = VerbalTypes,
            [nameof(VerbalQuotedScript)] = [("text you appointment reminders", "text you")],
        },
        ["frequency"] = new()
        {
            [nameof(WebWithLinks)] = [("Msg frequency varies. ", "")],
            [nameof(WebWithoutLinks)] = [("Msg frequency varies. ", "")],
            [nameof(KeywordWithLinks)] = [("Msg frequency varies, up to 4 msgs/mo. ", "")],
            [nameof(KeywordWithoutLinks)] = [("Message frequency varies; expect up to 2 messages per week. ", "")],
            [nameof(VerbalWithLinks)] = [("\"Message frequency varies\", ", "")],
            [nameof(VerbalWithoutLinks)] = [("\"Message frequency varies\", ", "")],
            [nameof(VerbalQuotedScript)] = [("You will get up to 4 messages a month. ", "")],
        },
        ["rates"] = new()
        {
            [nameof(WebWithLinks)] = [("Msg & data rates may apply. ", "")],
            [nameof(WebWithoutLinks)] = [("Msg & data rates may apply. ", "")],
            [nameof(KeywordWithLinks)] = [("Msg & data rates may apply. ", "")],
            [nameof(KeywordWithoutLinks)] = [("Message and data rates may apply. ", "")],
            [nameof(VerbalWithLinks)] = [("\"Message and data rates may apply\", ", "")],
            [nameof(VerbalWithoutLinks)] = [("\"Message and data rates may apply\", ", "")],
            [nameof(VerbalQuotedScript)] = [("Message and data rates may apply. ", "")],
        },
        ["help"] = new()
        {
            [nameof(WebWithLinks)] = [(", HELP for help", "")],
            [nameof(WebWithoutLinks)] = [(", HELP for help", "")],
            [nameof(KeywordWithLinks)] = [("Reply HELP for help, STOP to cancel.", "Reply STOP to cancel.")],
            [nameof(KeywordWithoutLinks)] = [("Reply HELP for help, STOP to unsubscribe.", "Reply STOP to unsubscribe.")],
            [nameof(VerbalWithLinks)] = [("text HELP for help and STOP", "text STOP")],
            [nameof(VerbalWithoutLinks)] = [("text HELP for help and STOP", "text STOP")],
            [nameof(VerbalQuotedScript)] = [("Text HELP for help or STOP", "Text STOP")],
        },
        ["stop"] = new()
        {
            [nameof(WebWithLinks)] = [("Reply STOP to unsubscribe at any time, HELP for help.", "Reply HELP for help.")],
            [nameof(WebWithoutLinks)] = [("Reply STOP to unsubscribe at any time, HELP for help.", "Reply HELP for help.")],
            [nameof(KeywordWithLinks)] = [("Reply HELP for help, STOP to cancel.", "Reply HELP for help.")],
            [nameof(KeywordWithoutLinks)] = [("Reply HELP for help, STOP to unsubscribe.", "Reply HELP for help.")],
            [nameof(VerbalWithLinks)] = [("text HELP for help and STOP to unsubscribe at any time.", "text HELP for help.")],
            [nameof(VerbalWithoutLinks)] = [("text HELP for help and STOP to unsubscribe at any time.", "text HELP for help.")],
            [nameof(VerbalQuotedScript)] = [("Text HELP for help or STOP to opt out at any time.", "Text HELP for help.")],
        },
    };

    /// <summary>
    /// Every template (or those <paramref name="where"/> keeps) with one disclosure taken out: "brand", "types",
    /// "frequency", "rates", "help" or "stop".
    /// </summary>
    public static TheoryData<string, string, bool> Missing(string element, Func<(string Name, string Flow, bool Links), bool>? where = null)
    {
        var d = new TheoryData<string, string, bool>();
        foreach (var t in All)
        {
            if (where is not null && !where(t)) continue;
            var flow = element == "brand" ? WithoutBrand(t.Flow) : Swap(t.Flow, Edits[element][t.Name]);
            d.Add(t.Name, flow, t.Links);
        }
        return d;
    }

    public static bool IsVerbal((string Name, string Flow, bool Links) t) => t.Name.StartsWith("Verbal", StringComparison.Ordinal);
}

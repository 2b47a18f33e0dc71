using Preflight.Core.Text;

namespace Preflight.Core.Tests.Text;

public sealed class DisclosuresTests
{
    public static TheoryData<string, string> OptOut => new()
    {
        { "Reply STOP to unsubscribe.", "Reply STOP" },
        { "Txt STOP to opt out", "Txt STOP" },
        { "Msg&data rates may apply. STOP to end", "STOP to end" },
        { "text END to cancel", "text END" },
        { "Reply STOP to opt-out.", "Reply STOP" },
        { "Unsubscribe at any time by replying STOP.", "replying STOP" },
        { "reply stop to opt out", "reply stop" },
        { "Text QUIT to stop", "Text QUIT" },
        { "Reply STOP at any time to cancel.", "Reply STOP" },
        { "Reply HELP for help, STOP to cancel.", "STOP to cancel" },
        { "Reply \"STOP\" to stop receiving messages", "Reply \"STOP\"" },
        { "To opt out, reply with the word STOP.", "reply with the word STOP" },
        { "Text STOP to 55555 to unsubscribe.", "Text STOP" },
        { "REPLY STOP TO OPT OUT", "REPLY STOP" },
        { "Send UNSUBSCRIBE to leave the list", "Send UNSUBSCRIBE" },
        // The keyword, then when, then what it does.
        { "Reply HELP for help or STOP at any time to cancel.", "STOP at any time to cancel" },
        { "Text HELP for info, END anytime to opt out.", "END anytime to opt out" },
    };

    public static TheoryData<string> NotOptOut => new()
    {
        "Stop by our store this weekend for the sale!",
        "Don't stop believing: our season finale is Friday.",
        "Non-stop deals all weekend long.",
        "Your bus stop has moved to 5th Ave.",
        "End of season sale starts today.",
        "Please text us to cancel your appointment.",
        "Text us and stop in for a free consultation.",
        "Reply C to confirm or call to reschedule.",
        "Unsubscribe links are at the bottom of our emails.",
        "Stop by anytime to pick up your order.",
        "STOP at any time.",
    };

    public static TheoryData<string> Help => new()
    {
        "Reply HELP for help.",
        "Text HELP for info",
        "HELP 4 help",
        "Reply HELP or INFO for assistance",
        "Txt HELP for help, STOP to quit.",
        "For help, reply HELP.",
    };

    public static TheoryData<string> NotHelp => new()
    {
        "We're here to help with your account.",
        "Need help? Call us at (303) 555-0142.",
        "Our team can help you choose a plan.",
        "Happy to help! Your order is ready.",
    };

    public static TheoryData<string> Frequency => new()
    {
        "Msg frequency varies.",
        "Msg freq varies.",
        "up to 4 msgs/mo",
        "Up to 6 msgs/mo.",
        "You will receive recurring automated texts.",
        "2 msgs per week",
        "one message per request",
        "Message frequency may vary.",
        "Up to 10 messages monthly.",
        "About 3 msgs per order.",
        "3 texts a month",
        "Msgs & freq vary",
        "One message per login request.",
        // A count for an occasion rather than a calendar period: the unit after "per" is open.
        "Up to 5 msgs per stay.",
        "Up to 10 texts per semester.",
        "2 texts per parcel",
        "Up to 3 msgs per trip.",
        "One text per ride.",
        "Up to 4 messages per claim.",
        "1 msg per ticket",
        "Up to 2 msgs per billing cycle.",
        "One reminder before each visit.",
        "About 2 texts for each order.",
        // Other ways of saying how often.
        "Frequency of messages varies.",
        "Number of msgs varies.",
        "Msg frq varies.",
        "About twice a month.",
        "Texts go out twice a month.",
        "We text once a week.",
        "Up to 2x/week.",
        "Msgs 1x/day max.",
        "Msgs sent weekly.",
        "Messages are sent every Monday.",
        "Alerts are sent only when your order ships.",
        "Texts sent as needed.",
        "Msgs: 4/mo.",
        "Texts: up to 2/wk.",
    };

    public static TheoryData<string> NotFrequency => new()
    {
        "See our frequently asked questions.",
        "We are open 7 days a week.",
        "Your order #4 is ready.",
        "Messages frequently mention our store hours.",
        "Plans start at $4/mo with no contract.",
        "We review this policy once a year.",
        "Send us 2 texts or call anytime.",
        "Your 3 updates are ready to install.",
        "We answer messages every day from 9 to 5.",
        "Reply with one message per the instructions above.",
        "Messages are sent from our office in Denver.",
        "Texts are sent by our scheduling system.",
        "Codes expire after 10 minutes.",
        "Customers visit about twice a year.",
        "Messages sent to this number are not monitored.",
    };

    public static TheoryData<string> Rates => new()
    {
        "Msg & data rates may apply.",
        "Msg&data rates may apply.",
        "Message and data rates may apply.",
        "Std msg rates apply.",
        "Standard message and data rates may apply.",
        "Msg & Data Rates May Apply",
        "Data rates may apply.",
        "Message and data fees may apply.",
        "Std msg & data rates may apply.",
        "Data and message rates may apply.",
        "Data and msg rates may apply.",
        "Data & msg rates may apply.",
        "Standard text messaging rates apply.",
        "Standard text message and data rates may apply.",
    };

    public static TheoryData<string> NotRates => new()
    {
        "Interest rates may apply.",
        "Rates starting at $99 per night.",
        "Our hourly rates apply to weekend visits.",
        "Data plans start at $20.",
        "Standard shipping rates apply.",
        "Data and analytics fees are billed monthly.",
    };

    public static TheoryData<string> NoFurther => new()
    {
        "You will no longer receive messages from Acme.",
        "No more messages will be sent.",
        "you won't receive any more texts",
        "You have been unsubscribed and will receive no further messages.",
        "You won’t receive any more messages.",
        "You'll no longer get alerts.",
        "We will not text you again.",
        "You will not receive any further messages.",
        "We'll stop sending you messages.",
        "You're opted out, and appointment texts will stop right away.",
        "You've been removed from our text list and won't receive future messages.",
        "No future messages will be sent.",
        "Alerts will end now.",
    };

    public static TheoryData<string> NotNoFurther => new()
    {
        "No more waiting: your table is ready.",
        "You will receive a confirmation shortly.",
        "No further action is needed.",
        "Texts will stop by the end of the day if you don't confirm.",
        "Your reminders will end in June unless you renew.",
        "Future messages may include links to your account.",
    };

    [Theory]
    [MemberData(nameof(OptOut))]
    public void Finds_opt_out_instructions(string text, string excerpt) =>
        Assert.Equal(excerpt, Disclosures.FindOptOutInstruction(text)?.Value);

    [Theory]
    [MemberData(nameof(NotOptOut))]
    public void Ignores_stop_and_end_in_ordinary_sentences(string text) =>
        Assert.Null(Disclosures.FindOptOutInstruction(text));

    [Theory]
    [MemberData(nameof(Help))]
    public void Finds_help_instructions(string text) => Assert.NotNull(Disclosures.FindHelpInstruction(text));

    [Theory]
    [MemberData(nameof(NotHelp))]
    public void Ignores_help_as_an_ordinary_word(string text) => Assert.Null(Disclosures.FindHelpInstruction(text));

    [Theory]
    [MemberData(nameof(Frequency))]
    public void Finds_frequency(string text) => Assert.NotNull(Disclosures.FindFrequency(text));

    [Theory]
    [MemberData(nameof(NotFrequency))]
    public void Ignores_words_that_only_look_like_frequency(string text) => Assert.Null(Disclosures.FindFrequency(text));

    [Theory]
    [MemberData(nameof(Rates))]
    public void Finds_the_rates_notice(string text) => Assert.NotNull(Disclosures.FindRatesNotice(text));

    [Theory]
    [MemberData(nameof(NotRates))]
    public void Ignores_other_rates(string text) => Assert.Null(Disclosures.FindRatesNotice(text));

    [Theory]
    [MemberData(nameof(NoFurther))]
    public void Finds_no_further_messages(string text)
    {
        Assert.NotNull(Disclosures.FindNoFurtherMessages(text));
        Assert.NotNull(Disclosures.FindOptOutConfirmation(text));
    }

    [Theory]
    [MemberData(nameof(NotNoFurther))]
    public void Ignores_no_more_that_is_not_about_messages(string text) => Assert.Null(Disclosures.FindNoFurtherMessages(text));

    [Theory]
    [InlineData("Acme: You have been unsubscribed.")]
    [InlineData("You are opted out of Acme alerts.")]
    [InlineData("You've been removed from our list.")]
    public void Finds_opt_out_confirmations(string text) => Assert.NotNull(Disclosures.FindOptOutConfirmation(text));

    [Theory]
    [InlineData("For help email support@acme.com", "support@acme.com")]
    [InlineData("For help call (303) 555-0142.", "(303) 555-0142")]
    [InlineData("Help: visit acme.com/help", "acme.com/help")]
    public void Finds_a_support_contact(string text, string excerpt) => Assert.Equal(excerpt, Disclosures.FindSupportContact(text)?.Value);

    [Fact]
    public void Finds_no_support_contact_in_a_bare_promise() =>
        Assert.Null(Disclosures.FindSupportContact("We're here to help. Reply STOP to opt out."));

    [Theory]
    [InlineData("Consent is not a condition of purchase.")]
    [InlineData("Consent to receive texts is not required to buy.")]
    [InlineData("Texting is optional and not required for service.")]
    [InlineData("Reply STOP to opt out. Not required for service.")]
    [InlineData("Reply HELP for help, STOP to cancel. Opting in is optional.")]
    [InlineData("SMS alerts are voluntary.")]
    [InlineData("Only customers who answer yes are enrolled. Saying no does not affect coverage.")]
    [InlineData("Declining will not affect your care.")]
    [InlineData("You don't have to opt in to book an appointment.")]
    public void Finds_consent_not_a_condition(string text) => Assert.NotNull(Disclosures.FindConsentNotCondition(text));

    [Theory]
    [InlineData("SMS consent is required to book.")]
    [InlineData("Consent is required to use the service.")]
    [InlineData("Payment is not required for service today.")]
    [InlineData("Patients must check the box; it is not optional.")]
    [InlineData("Check the optional box to get reminders.")]
    public void Does_not_read_consent_as_optional_where_it_is_not_said(string text) => Assert.Null(Disclosures.FindConsentNotCondition(text));

    [Theory]
    [InlineData("Text me policy and payment notices from Summit Ridge Insurance.", "payment notices")]
    [InlineData("You're signed up for outage and water advisories.", "water advisories")]
    [InlineData("Get boil-water advisories by text.", "boil-water advisories")]
    [InlineData("Receive past-due notices by text.", "past-due notices")]
    public void Finds_notices_and_advisories_as_message_types(string text, string excerpt) =>
        Assert.Equal(excerpt, Disclosures.FindMessageType(text)?.Value);

    [Theory]
    [InlineData("See our privacy notice.")]
    [InlineData("Read the privacy policy notice and legal notices.")]
    [InlineData("Our advisory board meets monthly.")]
    public void Does_not_take_document_notices_for_message_types(string text) => Assert.Null(Disclosures.FindMessageType(text));

    [Theory]
    [InlineData("See our Privacy Policy at acme.com/privacy", true, false)]
    [InlineData("Terms & Conditions: acme.com/terms", false, true)]
    [InlineData("View our T&C and privacy notice.", true, true)]
    [InlineData("Terms of Service apply.", false, true)]
    [InlineData("Payment terms of the loan are net 30.", false, false)]
    public void Finds_privacy_and_terms_references(string text, bool privacy, bool terms)
    {
        Assert.Equal(privacy, Disclosures.FindPrivacyPolicyReference(text) is not null);
        Assert.Equal(terms, Disclosures.FindTermsReference(text) is not null);
    }

    [Theory]
    [InlineData("Customers tick an optional, unchecked box. We have a privacy policy; rates may change.", false)] // the words, but not where a wording holds them
    [InlineData("Submitting the form is not a condition of anything.", true)] // "not a condition": searched (the pattern then finds nothing)
    [InlineData("Opting in is completely optional.", true)]
    [InlineData("Consent to receive texts is voluntary.", true)]
    [InlineData("Saying no won't affect your care.", true)]
    [InlineData("You don’t need to sign up to buy.", true)]
    [InlineData("Tick an optional\u00A0box.", true)] // non-ASCII: always searched
    public void The_consent_wording_is_searched_only_where_one_of_its_words_stands_as_a_wording_holds_it(string text, bool searched)
    {
        var filter = Disclosures.Filters.Single(f => f.Words.Contains("voluntary"));
        Assert.Equal(searched, filter.MayMatch(text));
        Assert.Equal(TextMatch.First(filter.Pattern, text), Disclosures.FindConsentNotCondition(text));
    }
}

using System.Text.RegularExpressions;

namespace Preflight.Core.Text;

/// <summary>
/// Finds the disclosures carriers look for in calls to action and keyword replies: opt-out and HELP instructions,
/// frequency, the rates notice, opt-out confirmation, support contact, privacy and terms references.
/// Each returns the first match or null. Pure and thread-safe.
/// </summary>
public static partial class Disclosures
{
    private const int T = 2000;

    /// <summary>The gated patterns of this class, for the tests that hold each to its unanchored form.</summary>
    internal static IReadOnlyList<LeadGatedRegex> Gates => [CommonFrequencyGate, FrequencyGate, MessageTypeGate];
    private const string OptOutWords = "STOP|STOPALL|STOP ALL|END|CANCEL|QUIT|UNSUBSCRIBE|OPTOUT|OPT-OUT|OPT OUT|REVOKE|REMOVE";

    /// <summary>"Reply STOP to unsubscribe", "Txt STOP to opt out", "STOP to end", "STOP at any time to cancel", "text END to cancel", "unsubscribe by replying STOP".</summary>
    public static TextMatch? FindOptOutInstruction(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return TextMatch.First(OptOutAfterVerb(), text) ?? TextMatch.First(OptOutKeywordTo(), text);
    }

    /// <summary>"Reply HELP for help", "Text HELP", "HELP for info", "Reply HELP or INFO".</summary>
    public static TextMatch? FindHelpInstruction(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return TextMatch.First(HelpAfterVerb(), text) ?? TextMatch.First(HelpKeywordFor(), text);
    }

    /// <summary>"Msg frequency varies", "up to 4 msgs/mo", "recurring", "2 messages per week", "one code per login".</summary>
    public static TextMatch? FindFrequency(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        // The everyday wordings first: they are what nearly every compliant text says, and their pattern is a fraction
        // of the whole one's cost. Whether a text discloses a frequency is the same either way, as the whole pattern
        // includes them; only the excerpt quoted can differ, when a rarer wording comes earlier in the text.
        return CommonFrequencyGate.Find(text) ?? FrequencyGate.Find(text);
    }

    /// <summary>"Msg &amp; data rates may apply", "Message and data rates may apply", "Std msg rates apply".</summary>
    public static TextMatch? FindRatesNotice(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return TextMatch.First(Rates(), text);
    }

    /// <summary>"You will no longer receive messages", "No more messages will be sent", "you won't get further texts", "texts will stop".</summary>
    public static TextMatch? FindNoFurtherMessages(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return TextMatch.First(NoFurther(), text);
    }

    /// <summary>"You have been unsubscribed", "You are opted out", "removed from our list".</summary>
    public static TextMatch? FindOptOutConfirmation(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return FindOptOutConfirmed(text) ?? FindNoFurtherMessages(text);
    }

    /// <summary>The confirmation wording alone ("You have been unsubscribed"), without the no-further-messages forms.</summary>
    internal static TextMatch? FindOptOutConfirmed(string text)
    {
        return TextMatch.First(OptOutConfirmed(), text);
    }

    /// <summary>Every e-mail address in the text.</summary>
    internal static IReadOnlyList<TextMatch> FindEmails(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains('@', StringComparison.Ordinal)) return [];
        List<TextMatch>? list = null;
        foreach (Match m in Email().Matches(text)) (list ??= []).Add(TextMatch.Of(m));
        return list ?? (IReadOnlyList<TextMatch>)[];
    }

    /// <summary>A way to reach support: an e-mail address, a phone number or a web address.</summary>
    public static TextMatch? FindSupportContact(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (text.Contains('@', StringComparison.Ordinal) && TextMatch.First(Email(), text) is { } email) return email;
        var phone = Phones.Find(text);
        if (phone.Count > 0) return phone[0];
        var urls = Urls.Find(text);
        return urls.Count > 0 ? new TextMatch(urls[0].Start, urls[0].Length, urls[0].Value) : null;
    }

    /// <summary>A mention of the privacy policy ("Privacy Policy: …", "privacy notice", "see our privacy policy at …").</summary>
    public static TextMatch? FindPrivacyPolicyReference(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return TextMatch.First(Privacy(), text);
    }

    /// <summary>A mention of the terms ("Terms and Conditions", "Terms of Service", "T&amp;C", "Terms: …").</summary>
    public static TextMatch? FindTermsReference(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return TextMatch.First(Terms(), text);
    }

    /// <summary>
    /// What kind of messages will be sent ("appointment reminders", "order updates", "promotional offers", "one-time
    /// passcodes", "service notices", "payment notices", "outage advisories", "schedule changes"). Bare "notice" is not
    /// enough: "privacy notice" names a document.
    /// </summary>
    public static TextMatch? FindMessageType(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return MessageTypeGate.Find(text);
    }

    /// <summary>"Consent is not a condition of purchase" and the same said other ways ("Opting in is optional").</summary>
    public static TextMatch? FindConsentNotCondition(string? text)
    {
        if (string.IsNullOrEmpty(text) || !NotAConditionWords.MayMatch(text)) return null;
        return TextMatch.First(NotACondition(), text);
    }

    /// <summary>An e-mail address.</summary>
    public static TextMatch? FindEmail(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains('@', StringComparison.Ordinal)) return null;
        return TextMatch.First(Email(), text);
    }

    // The verb is matched in any case; the keyword must be upper case unless it is STOP/UNSUBSCRIBE
    // ("reply stop" is fine, "text end of season" is not).
    [GeneratedRegex(@"\b(?i:reply(?:ing)?|respond(?:ing)?|text(?:ing)?|txt(?:ing)?|send(?:ing)?|msg|message)(?:\s+(?i:back|with|us|the\s+word|the\s+keyword|keyword|word))*[\s:]+[""'“‘]?(?:(?:" + OptOutWords + @")\b|(?i:stop|unsubscribe|opt[\s-]?out)\b(?!\s+(?i:by|in|over|and\s+(?:see|shop|visit))\b))[""'”’]?", RegexOptions.CultureInvariant, T)]
    private static partial Regex OptOutAfterVerbShared();
    private static Regex OptOutAfterVerb() => ThreadRegex.Local(OptOutAfterVerbShared());

    [GeneratedRegex(@"(?<![\w'])[""'“‘]?(?:" + OptOutWords + @")[""'”’]?(?:\s+(?i:at\s+any\s*time|anytime))?\s*(?:to|2|=|-|:)\s*(?i:stop|end|cancel|quit|unsub(?:scribe)?|opt[\s-]?out|be\s+removed|remove|leave|stop\s+messages|stop\s+receiving)\b", RegexOptions.CultureInvariant, T)]
    private static partial Regex OptOutKeywordToShared();
    private static Regex OptOutKeywordTo() => ThreadRegex.Local(OptOutKeywordToShared());

    [GeneratedRegex(@"\b(?i:reply(?:ing)?|respond(?:ing)?|text(?:ing)?|txt(?:ing)?|send(?:ing)?|msg)(?:\s+(?i:back|with|us|the\s+word|the\s+keyword|keyword|word))*[\s:]+[""'“‘]?(?:HELP|INFO|AYUDA|(?i:help))\b[""'”’]?", RegexOptions.CultureInvariant, T)]
    private static partial Regex HelpAfterVerbShared();
    private static Regex HelpAfterVerb() => ThreadRegex.Local(HelpAfterVerbShared());

    [GeneratedRegex(@"(?<![\w'])[""'“‘]?(?:HELP|INFO)[""'”’]?\s*(?:for|4|2|to\s+get|to\s+receive)\s+(?i:help|info|information|assistance|support|more|customer\s+care)\b", RegexOptions.CultureInvariant, T)]
    private static partial Regex HelpKeywordForShared();
    private static Regex HelpKeywordFor() => ThreadRegex.Local(HelpKeywordForShared());

    // The everyday frequency wordings ("Msg frequency varies", "up to 4 msgs/mo", "recurring", "one message per
    // request"): a subset of FrequencyPattern, searched first by FindFrequency.
    private const string CommonFrequencyPattern = @"\b(?:(?:msgs?|messages?|texts?|sms|txt)\s*(?:&|and)?\s*freq(?:uency\b|\.|\b)|frequency\s+(?:varies|may\s+vary|will\s+vary|depends|is)|recurring|(?:up\s+to\s+|max(?:imum)?\s+(?:of\s+)?|about\s+|approx(?:imately|\.)?\s+|no\s+more\s+than\s+|at\s+most\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)(?:[\s-]+(?:or|to|-)[\s-]+(?:\d+|two|three|four|five|six|seven|eight|nine|ten))?\s*(?:(?:promotional|marketing|text|sms|reminder|alert|account|msg)\s+)?(?:msgs?|messages?|texts?|txts?|sms|alerts?|reminders?|notifications?|updates?|codes?|passcodes?)\s*(?:/|per|a|an|each|every|each)\s*(?:day|week|month|mo|wk|wks|yr|year|quarter|request|login|log-in|sign[\s-]?in|order|appointment|transaction|purchase|booking|visit|reservation|shipment|delivery|event|verification)s?\b|(?:up\s+to\s+|max(?:imum)?\s+(?:of\s+)?)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:msgs?|messages?|texts?|alerts?)\s+(?:monthly|weekly|daily)\b|(?:daily|weekly|bi-?weekly|monthly)\s+(?:msgs?|messages?|texts?|alerts?|updates?|tips?|reminders?|deals|offers|newsletters?)|(?:one|1)\s+(?:time\s+)?(?:message|msg|text|reply|confirmation)\s+(?:only|per\s+request)|(?:message|msg)s?\s+(?:are\s+)?sent\s+(?:only\s+)?(?:when|as\s+needed|upon))";

    [GeneratedRegex(CommonFrequencyPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, T)]
    private static partial Regex CommonFrequencyShared();
    private static Regex CommonFrequency() => ThreadRegex.Local(CommonFrequencyShared());

    [GeneratedRegex(@"\G(?:" + CommonFrequencyPattern + ")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, T)]
    private static partial Regex CommonFrequencyHereShared();
    private static Regex CommonFrequencyHere() => ThreadRegex.Local(CommonFrequencyHereShared());

    private static readonly LeadGatedRegex CommonFrequencyGate = new(CommonFrequency(), CommonFrequencyHere(), "msg mes tex sms txt fre rec up. max abo app no. at. #_a- one two thr fou fiv six sev eig nin ten a. dai wee bi mon");

    // The periods a count of messages is given for after "/", "a" or "an" ("4 msgs/mo", "one text a week").
    private const string Period = @"(?:day|week|month|mo|wk|wks|yr|year|quarter|semester|term|season|request|login|log-in|sign[\s-]?in|order|appointment|transaction|purchase|booking|visit|reservation|shipment|delivery|event|verification|stay|trip|ride)s?\b";

    // Calendar periods for counts without a message noun ("twice a month", "2x/week"): years are left out, as "once a
    // year" is more often about a review or a fee than about texts.
    private const string Calendar = @"(?:day|weekday|week|weekend|month|mo|wk|fortnight)s?\b";

    private const string Count = @"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)";

    private const string MessageNoun = @"(?:msgs?|messages?|texts?|txts?|sms|alerts?|reminders?|notifications?|updates?|codes?|passcodes?)";

    // The pattern's alternatives in two halves, each tried on its own by the gate (see FrequencyGate).
    private const string FrequencyFirst =
        // "Msg frequency varies", "Msg freq. varies", "Msg frq varies", "Msgs & freq vary"
        @"(?:msgs?|messages?|texts?|sms|txt)\s*(?:&|and)?\s*(?:freq(?:uency\b|\.|\b)|frq\b)"
        // "Frequency varies", "Frequency of messages varies", "Number of msgs varies"
        + @"|(?:frequency(?:\s+of\s+(?:msgs?|messages?|texts?|alerts?|sms|notifications?|reminders?))?|(?:number|amount|volume)\s+of\s+(?:msgs?|messages?|texts?|alerts?|notifications?|reminders?))\s+(?:varies|vary|may\s+vary|will\s+vary|depends|is)"
        + @"|recurring"
        // A count of messages for a period or an occasion: "up to 4 msgs/mo", "one text a week", "up to 5 msgs per
        // stay", "10 texts per semester", "one reminder before each visit", "2 codes per billing cycle".
        + @"|(?:up\s+to\s+|max(?:imum)?\s+(?:of\s+)?|about\s+|approx(?:imately|\.)?\s+|no\s+more\s+than\s+|at\s+most\s+)?" + Count
        + @"(?:[\s-]+(?:or|to|-)[\s-]+(?:\d+|two|three|four|five|six|seven|eight|nine|ten))?\s*(?:(?:promotional|marketing|text|sms|reminder|alert|account|msg)\s+)?" + MessageNoun
        + @"(?:\s*/\s*" + Period + @"|\s+(?:a|an)\s+" + Period
        + @"|\s+(?:per|each|every|(?:for|before|after|with)\s+(?:each|every))\s+(?!(?:of|the|and|or|to|you|your|our|my|their|which|other|time)\b)[a-z]+\b(?:\s+(?:cycle|period|term|session)\b)?)";

    private const string FrequencyRest =
        @"(?:up\s+to\s+|max(?:imum)?\s+(?:of\s+)?)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:msgs?|messages?|texts?|alerts?)\s+(?:monthly|weekly|daily)\b"
        + @"|(?:daily|weekly|bi-?weekly|monthly)\s+(?:msgs?|messages?|texts?|alerts?|updates?|tips?|reminders?|deals|offers|newsletters?)"
        + @"|(?:one|1)\s+(?:time\s+)?(?:message|msg|text|reply|confirmation)\s+(?:only|per\s+request)"
        // When messages are sent: "Msgs sent weekly", "Messages are sent every Monday", "Texts go out twice a month",
        // "Alerts are sent only when…", "Texts sent as needed".
        + @"|(?:msgs?|messages?|texts?|txts?|alerts?|reminders?|notifications?|updates?)\s+(?:are\s+|will\s+be\s+|get\s+)?(?:sent|delivered|go\s+out|goes\s+out|arrive)\s+(?:only\s+)?(?:when|as\s+needed|upon|(?:about\s+|approximately\s+|roughly\s+|up\s+to\s+)?(?:daily|weekly|bi-?weekly|monthly|nightly|once|twice|(?:every|each)\s+[a-z]+\b|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:x|times)\b))"
        // A count of times for a calendar period: "twice a month", "We text once a week", "Up to 2x/week", "1x/day".
        + @"|(?:once|twice|thrice|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+times|\d+\s*x)\s*(?:/\s*|\s(?:a|an|per|each|every)\s+)" + Calendar
        // A count after the word for messages: "Msgs: 4/mo", "Texts: up to 2/wk", "up to 4/mo".
        + @"|(?:(?:msgs?|messages?|texts?|freq(?:uency)?)\s*[:=\-]?\s*(?:up\s+to\s+|max\.?\s+)?|up\s+to\s+)\d+(?:\s*-\s*\d+)?\s*/\s*" + Calendar;

    private const string FrequencyPattern = @"\b(?:" + FrequencyFirst + "|" + FrequencyRest + ")";

    [GeneratedRegex(FrequencyPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, T)]
    private static partial Regex FrequencyShared();
    private static Regex Frequency() => ThreadRegex.Local(FrequencyShared());

    // The anchored pattern in two halves: whole, its matching method is too large for the JIT to optimize (it compiles
    // it unoptimized, and each try cost microseconds); each half is optimized. The whole pattern's match at a position
    // is its first alternative's that matches there, so trying the halves in order finds the same.
    [GeneratedRegex(@"\G(?:\b(?:" + FrequencyFirst + "))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, T)]
    private static partial Regex FrequencyFirstHereShared();
    private static Regex FrequencyFirstHere() => ThreadRegex.Local(FrequencyFirstHereShared());

    [GeneratedRegex(@"\G(?:\b(?:" + FrequencyRest + "))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, T)]
    private static partial Regex FrequencyRestHereShared();
    private static Regex FrequencyRestHere() => ThreadRegex.Local(FrequencyRestHereShared());

    private static readonly LeadGatedRegex FrequencyGate = new(Frequency(), [FrequencyFirstHere(), FrequencyRestHere()], "msg mes tex sms txt fre frq num amo vol rec up. max abo app no. at. #_a- one two thr fou fiv six sev eig nin ten a. dai wee bi mon ale rem not upd onc twi");

    // "Msg & data rates", "Data and msg rates" (either order), "Data rates may apply", "Std msg rates apply",
    // "Standard text messaging rates apply".
    [GeneratedRegex(@"\b(?:(?:msgs?|messages?|messaging|texts?|txt|sms)\s*(?:&|and|\+|n|/)\s*data\s*(?:rates?|charges|fees)|data\s*(?:&|and|\+|/)\s*(?:msgs?|messages?|messaging|texts?|txt|sms)\s+(?:rates?|charges|fees)|data\s+rates\s+(?:may|will|might)\s+apply|(?:std|standard|normal|regular|carrier)\.?\s+(?:(?:text|sms)\s+)?(?:(?:msgs?|messages?|text|txt|sms|messaging)\s+)?(?:(?:&|and)\s+data\s+)?(?:rates|charges|fees)\s+(?:may\s+|will\s+|might\s+)?apply|(?:msg|message|text)\s+(?:&|and)\s+data\s+charges)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, T)]
    private static partial Regex RatesShared();
    private static Regex Rates() => ThreadRegex.Local(RatesShared());

    [GeneratedRegex(@"\b(?:(?:you\s+)?(?:will|['’]ll|shall)\s+(?:no\s+longer|not|never)\s+(?:receive|get|be\s+sent|be\s+texted|be\s+contacted)|(?:you\s+)?(?:won['’]?t|will\s+not)\s+(?:receive|get|be\s+sent)\s+(?:any\s+)?(?:more|further|additional|other|future)|(?:won['’]?t|will\s+not)\s+(?:text|message|contact)\s+you\s+(?:again|anymore|any\s+more)|no\s+(?:further|more|additional|other|future)\s+(?:msgs?|messages?|texts?|txts?|sms|alerts?|notifications?|reminders?|updates?)(?:\s+will\s+be\s+sent)?|(?:msgs?|messages?|texts?|txts?|alerts?|notifications?|reminders?|updates?)\s+(?:will|['’]ll)\s+(?:now\s+)?(?:stop|end|cease)\b(?!\s+(?:by|in|at|for)\b)|(?:msgs?|messages?|texts?)\s+(?:have|has)\s+(?:been\s+)?stopped|will\s+not\s+(?:be\s+)?(?:sent|texted|messaged)\s+(?:any\s+)?(?:more|further|again)|no\s+longer\s+(?:receive|get|be\s+sent)|(?:will|['’]ll)\s+stop\s+(?:receiving|getting)\s+(?:msgs?|messages?|texts?|alerts?)|(?:we\s+)?(?:will|['’]ll)\s+(?:stop|cease)\s+(?:sending|texting)\s+you)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, T)]
    private static partial Regex NoFurtherShared();
    private static Regex NoFurther() => ThreadRegex.Local(NoFurtherShared());

    [GeneratedRegex(@"\b(?:(?:have|has|'ve)\s+(?:been\s+)?(?:successfully\s+)?(?:unsubscribed|opted[\s-]?out|removed)|(?:are|is|'re)\s+(?:now\s+)?(?:unsubscribed|opted[\s-]?out|removed)|unsubscribed|opted[\s-]?out|opt-?out\s+(?:confirmed|successful|complete)|removed\s+from\s+(?:our|the|this)\s+(?:list|program|alerts?|messages?))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, T)]
    private static partial Regex OptOutConfirmedShared();
    private static Regex OptOutConfirmed() => ThreadRegex.Local(OptOutConfirmedShared());

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant, T)]
    private static partial Regex EmailShared();
    internal static Regex Email() => ThreadRegex.Local(EmailShared());

    [GeneratedRegex(@"\bprivacy(?:\s+(?:policy|notice|statement|terms|practices))?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, T)]
    private static partial Regex PrivacyShared();
    private static Regex Privacy() => ThreadRegex.Local(PrivacyShared());

    [GeneratedRegex(@"(?i:\bterms\s*(?:and|&|\+)\s*conditions\b|\bterms\s+(?:of\s+)?(?:service|use)\b|\bT\s?&\s?Cs?\b|\bToS\b|\bSMS\s+terms\b|\bmessaging\s+terms\b|\bprogram\s+terms\b)|\bTerms\b(?!\s+of\s+(?!service|use))", RegexOptions.CultureInvariant, T)]
    private static partial Regex TermsShared();
    private static Regex Terms() => ThreadRegex.Local(TermsShared());

    private const string MessageTypePattern = @"\b(?:(?:appointment|payment|bill|billing|renewal|event|class|service|prescription|refill|pickup)\s+(?:reminders?|confirmations?|notifications?|alerts?)|(?:service|account|school|city|building|closure|outage|maintenance|arrival|safety|weather|emergency|community|payment|billing|renewal|claims?|due[\s-]date|past[\s-]due|delivery|shipping|order|pickup|refill|rent|lease|tax|coverage|premium|benefits?|enrollment|court|hearing|jury|utility|water)\s+notices?|(?:weather|water|boil[\s-]water|travel|health|outage|flood|storm|heat|air[\s-]quality|safety)\s+advisor(?:y|ies)|advisories|schedule\s+changes|reminders?|updates?|alerts?|notifications?|promotions?|promotional|offers?|deals|coupons?|discounts?|sales?|marketing|passcodes?|verification\s+codes?|(?:one[\s-]time\s+)?(?:pass)?codes?|OTPs?|2FA|confirmations?|tips|news(?:letters?)?|announcements?|surveys?|polls?|conversational|customer\s+(?:care|support|service)|support\s+(?:messages|requests|conversations)|account\s+(?:information|activity|messages)|billing|invoices?|receipts?|shipping|delivery|order\s+status|events?|specials|invitations?|recruiting|job\s+(?:openings|alerts)|reservations?|bookings?)\b|\b(?:texts?|messages?|msgs?|sms|alerts?)\s+(?:from\s+[^.;:\n]{1,60}?\s+)?(?:about|regarding|concerning)\s+(?!(?:it|this|that|us)\b)\w{3,}";

    [GeneratedRegex(MessageTypePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, T)]
    private static partial Regex MessageTypeShared();
    private static Regex MessageType() => ThreadRegex.Local(MessageTypeShared());

    [GeneratedRegex(@"\G(?:" + MessageTypePattern + ")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, T)]
    private static partial Regex MessageTypeHereShared();
    private static Regex MessageTypeHere() => ThreadRegex.Local(MessageTypeHereShared());

    private static readonly LeadGatedRegex MessageTypeGate = new(MessageType(), MessageTypeHere(), "app pay bil ren eve cla ser pre ref pic acc sch cit bui clo out mai arr saf wea eme com rem upd ale not pro off dea cou dis sal mar pas ver one cod otp 2fa con tip new ann sur pol cus sup inv rec shi del ord spe job res boo tex mes msg sms due lea tax cov ben enr hea jur uti wat boi tra flo sto air adv");

    // "Consent is not a condition of purchase", "Opting in is optional", "Texting is voluntary", "Not required for
    // service." (as its own sentence), "Saying no does not affect your coverage", "You don't have to opt in to buy".
    // Who or what is not a condition ("Consent", "Opting in", "This box") and how strongly ("completely").
    private const string NotAConditionSubject = @"consent|agreement|opting\s+in|opt[\s-]?in|signing\s+up|enrollment|enrolling|subscribing|texting|sms|text\s+messag(?:es|ing)|(?:sms|text)\s+(?:alerts|messages|consent)|participation|participating|(?:this|the)\s+(?:sms\s+)?(?:box|checkbox)";
    private const string NotAConditionAdverb = "completely|entirely|always|totally|strictly|100%";

    private const string NotAConditionPattern = @"\b(?:" + NotAConditionSubject + @")\s+(?:to\s+receive\s+\w+\s+)?(?:is\s+|are\s+)?(?:(?:" + NotAConditionAdverb + @")\s+)?(?:not\s+(?:a\s+)?(?:condition|required|necessary|needed|mandatory)|optional|voluntary)"
        // "not" read first and the sentence start checked behind it, so the search can skip to the letter n instead
        // of trying every position.
        + @"|not(?<=(?:^|[.!?;:""“”]\s{0,3})not)\s+(?:a\s+)?(?:condition\s+of|required\s+(?:for|to)|necessary\s+(?:for|to)|needed\s+(?:for|to))\s+(?:any\s+|a\s+)?(?:purchase|purchasing|service|services|buy|book|booking|enroll|enrollment|use|care|treatment|employment|coverage)"
        + @"|\b(?:saying\s+no|declining|not\s+opting\s+in|choosing\s+not\s+to\s+(?:opt\s+in|sign\s+up)|refusing)\s+(?:to\s+\w+\s+)?(?:does\s+not|doesn['’]t|will\s+not|won['’]t)\s+(?:affect|change|impact|limit)"
        + @"|\b(?:do\s+not|don['’]t|does\s+not|doesn['’]t)\s+(?:have|need)\s+to\s+(?:opt[\s-]?in|consent|agree|sign\s+up|subscribe|check\s+(?:the|this)\s+box)\s+(?:to|in\s+order\s+to|before)\b";

    [GeneratedRegex(NotAConditionPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, T)]
    private static partial Regex NotAConditionShared();
    private static Regex NotACondition() => ThreadRegex.Local(NotAConditionShared());

    /// <summary>The words the tests hold each pattern to (see <see cref="RequiredWords"/>).</summary>
    internal static IReadOnlyList<RequiredWords> Filters => [NotAConditionWords];

    // Every wording above ends in what consent is not (a condition, required, optional…), what declining does not do,
    // or what one does not have or need to do: a text without those words is not searched. (Gating it by its leads
    // does not pay: "the", "con" and "tex" begin words in nearly every text, and each anchored try costs a search.)
    // The words are common ("an optional box", "we have", "rates may change"), so each is confirmed where it stands by
    // NotAConditionWord: only one the pattern could end or turn on makes the text worth searching.
    private static readonly RequiredWords NotAConditionWords = new(NotACondition(),
        ["condition", "required", "necessary", "need", "mandatory", "optional", "voluntary", "affect", "change", "impact", "limit", "have"],
        confirm: NotAConditionWord());

    // A word of NotAConditionWords as the pattern's wordings hold it: "condition", "required"… right after "not" (and
    // "a"); "optional" or "voluntary" after the whole subject ("Consent is", "Opting in is completely"); what declining
    // does not do, or "have to"/"need to", right after "not" or "n't". Each alternative is a necessary part of a
    // wording above, so a text none of whose words stands so holds no match.
    [GeneratedRegex(@"\G(?:(?<=not\s+(?:a\s+)?)(?:condition|required|necessary|needed|mandatory)"
        + @"|(?<=\b(?:" + NotAConditionSubject + @")\s+(?:to\s+receive\s+\w+\s+)?(?:is\s+|are\s+)?(?:(?:" + NotAConditionAdverb + @")\s+)?)(?:optional|voluntary)"
        + @"|(?<=(?:not|n['’]t)\s+)(?:affect|change|impact|limit|(?:have|need)\s+to\s))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, T)]
    private static partial Regex NotAConditionWordShared();
    private static Regex NotAConditionWord() => ThreadRegex.Local(NotAConditionWordShared());
}

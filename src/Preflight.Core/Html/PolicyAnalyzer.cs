using System.Text.RegularExpressions;
using Preflight.Core.Text;

namespace Preflight.Core.Html;

/// <summary>A sentence of a page's visible text and where it starts.</summary>
public sealed record PolicySentence(string Text, int Start);

/// <summary>What a privacy policy says about mobile opt-in data.</summary>
public sealed record PrivacyPolicyAnalysis
{
    /// <summary>The page reads as a privacy policy (title or heading, or the usual sections).</summary>
    public bool IsPrivacyPolicy { get; init; }

    /// <summary>Why the page was or was not taken for a privacy policy (its title or first heading).</summary>
    public string Heading { get; init; } = "";

    /// <summary>The statement that mobile / SMS opt-in data is not shared ("…will not be shared with any third parties").</summary>
    public PolicySentence? SmsNonSharing { get; init; }

    /// <summary>A general promise not to share personal information with third parties, without SMS wording.</summary>
    public PolicySentence? BlanketNonSharing { get; init; }

    /// <summary>The non-sharing statement makes consent an exception ("…except with your consent", "unless you give permission").</summary>
    public PolicySentence? ConsentException { get; init; }

    /// <summary>The exact words of the consent exception.</summary>
    public string? ConsentExceptionWords { get; init; }

    /// <summary>The non-sharing statement excepts partners, affiliates or marketing ("…except with our marketing partners").</summary>
    public PolicySentence? DisallowedException { get; init; }

    public string? DisallowedExceptionWords { get; init; }

    /// <summary>Sentences that let data go to partners, affiliates or third parties beyond running the service.</summary>
    public IReadOnlyList<PolicySentence> SharingStatements { get; init; } = [];

    /// <summary>A sharing statement that names mobile numbers or SMS data itself.</summary>
    public PolicySentence? SharesMobileData { get; init; }

    /// <summary>A mention of promotional or marketing messages.</summary>
    public PolicySentence? MarketingMessages { get; init; }

    /// <summary>Instructions for opting out of messages ("text STOP").</summary>
    public PolicySentence? OptOutInstruction { get; init; }

    /// <summary>
    /// The policy lets opt-in data reach other companies: it names mobile data in a sharing statement, or it allows
    /// sharing with partners and has no non-sharing statement that covers opt-in data.
    /// </summary>
    public bool AllowsSharingOptInData =>
        SharesMobileData is not null || (SharingStatements.Count > 0 && SmsNonSharing is null && BlanketNonSharing is null);
}

/// <summary>
/// Reads a privacy policy's visible text sentence by sentence: tells "we do not share mobile opt-in data with third
/// parties" from "we may share your information with our partners", finds disallowed exceptions attached to the
/// non-sharing statement ("except with your consent"), mentions of marketing messages and opt-out instructions.
/// </summary>
public static partial class PolicyAnalyzer
{
    private const int T = 2000;
    private const int MaxText = 400_000;

    public static PrivacyPolicyAnalysis Analyze(HtmlPage page) => Analyze(page.VisibleText, page.Title, page.Headings);

    public static PrivacyPolicyAnalysis Analyze(string text, string title = "", IReadOnlyList<string>? headings = null)
    {
        if (text.Length > MaxText) text = text[..MaxText];
        var sentences = Sentences(text);
        var heading = title.Length > 0 ? title : headings is { Count: > 0 } ? headings[0] : "";

        PolicySentence? smsStatement = null, blanket = null, consentEx = null, otherEx = null, sharesMobile = null, marketing = null, optOut = null;
        string? consentWords = null, otherWords = null;
        var sharing = new List<PolicySentence>();

        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            var t = s.Text;
            var nonSharing = NonSharing().Match(t);
            var mobile = SmsData().Match(t);
            if (nonSharing.Success)
            {
                // Exceptions may sit in the same sentence after the verb, or open the next one ("Unless you…").
                var tail = t[nonSharing.Index..];
                var next = i + 1 < sentences.Count && ExceptionOpener().IsMatch(sentences[i + 1].Text) ? sentences[i + 1].Text : "";
                var consent = FindConsentException(tail) ?? FindConsentException(next);
                var other = DisallowedException().Match(tail) is { Success: true } o1 ? o1.Value
                    : next.Length > 0 && DisallowedException().Match(next) is { Success: true } o2 ? o2.Value : null;
                if (mobile.Success)
                {
                    if (consent is not null && consentEx is null) { consentEx = s; consentWords = consent; }
                    if (other is not null && otherEx is null) { otherEx = s; otherWords = other; }
                    if (consent is null && other is null) smsStatement ??= s;
                }
                else if (BlanketRecipients().IsMatch(tail) && ShareVerb().IsMatch(tail.Length > 60 ? tail[..60] : tail) && consent is null && other is null)
                {
                    blanket ??= s;
                }
            }

            foreach (Match m in Sharing().Matches(t))
            {
                if (Negation.IsNegated(t, m.Index) || NegatedPassive(t, m.Index) || NegatorWithin().IsMatch(m.Value)) continue;
                var rest = t[m.Index..];
                if (!Recipients().IsMatch(rest)) continue;
                if (OperationalOnly().IsMatch(t) && !MarketingPurpose().IsMatch(t)) continue;
                sharing.Add(s);
                if (mobile.Success && sharesMobile is null && !ExcludesOptInData().IsMatch(t)) sharesMobile = s;
                break;
            }

            if (marketing is null)
                foreach (Match m in MarketingMessage().Matches(t))
                    if (!Negation.IsNegated(t, m.Index)) { marketing = s; break; }

            if (optOut is null && (Disclosures.FindOptOutInstruction(t) is not null || OptOutSentence().IsMatch(t))) optOut = s;
        }

        return new PrivacyPolicyAnalysis
        {
            IsPrivacyPolicy = LooksLikePrivacyPolicy(text, title, headings ?? []),
            Heading = heading,
            SmsNonSharing = smsStatement,
            BlanketNonSharing = blanket,
            ConsentException = consentEx,
            ConsentExceptionWords = consentWords,
            DisallowedException = otherEx,
            DisallowedExceptionWords = otherWords,
            SharingStatements = sharing,
            SharesMobileData = sharesMobile,
            MarketingMessages = marketing,
            OptOutInstruction = optOut,
        };
    }

    /// <summary>Splits visible text into sentences: at line breaks and after ". ", "! ", "? " before a capital.</summary>
    public static IReadOnlyList<PolicySentence> Sentences(string text)
    {
        var list = new List<PolicySentence>();
        var lineStart = 0;
        foreach (var line in text.Split('\n'))
        {
            var pos = 0;
            foreach (Match m in SentenceBreak().Matches(line))
            {
                Add(line[pos..m.Index], lineStart + pos);
                pos = m.Index + m.Length;
            }
            Add(line[pos..], lineStart + pos);
            lineStart += line.Length + 1;
        }
        return list;

        void Add(string s, int at)
        {
            var t = s.Trim();
            if (t.Length > 0) list.Add(new PolicySentence(t, at));
        }
    }

    private static string? FindConsentException(string text)
    {
        if (text.Length == 0) return null;
        foreach (Match m in ConsentException().Matches(text))
        {
            // "…not shared, even with your consent" forbids sharing; it is not an exception.
            var before = text[Math.Max(0, m.Index - 24)..m.Index];
            if (EvenOrRegardless().IsMatch(before)) continue;
            return m.Value;
        }
        return null;
    }

    // "will not be shared" is negated by the verb phrase itself; Negation only looks before the match.
    private static bool NegatedPassive(string text, int index)
    {
        var from = Math.Max(0, index - 16);
        return NotBefore().IsMatch(text[from..index]);
    }

    private static bool LooksLikePrivacyPolicy(string text, string title, IReadOnlyList<string> headings)
    {
        if (PrivacyTitle().IsMatch(title) || headings.Take(3).Any(h => PrivacyTitle().IsMatch(h))) return true;
        var head = text.Length > 3000 ? text[..3000] : text;
        if (!PrivacyTitle().IsMatch(head)) return false;
        var markers = PolicyMarkers().Matches(text.Length > 60_000 ? text[..60_000] : text).Select(m => m.Value.ToLowerInvariant()).Distinct().Count();
        return markers >= 3;
    }

    private const string Verbs = "shared|share|sold|sell|rented|rent|disclosed|disclose|transferred|transfer|provided|provide|traded|trade|given|give|released|release|leased|lease|distributed|distribute|made\\s+available";

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9""“(])", RegexOptions.CultureInvariant, T)]
    private static partial Regex SentenceBreakShared();
    private static Regex SentenceBreak() => ThreadRegex.Local(SentenceBreakShared());

    [GeneratedRegex(@"\b(?:(?:will|shall|do(?:es)?|would|must|may|can|is|are|was)\s*(?:not|n['’]t|never)\s+(?:be\s+)?(?:(?:sold|shared|rented|sell|share|rent)\s*(?:,|or|and|/)\s*)*|never\s+(?:be\s+)?(?:(?:sold|shared|rented|sell|share|rent)\s*(?:,|or|and|/)\s*)*|won['’]t\s+(?:be\s+)?|no\s+(?:[\w/-]+\s+){0,5}?(?:will|shall|is|are)\s+(?:ever\s+)?(?:be\s+)?|not\s+(?:be\s+)?)(?:" + Verbs + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex NonSharingShared();
    private static Regex NonSharing() => ThreadRegex.Local(NonSharingShared());

    [GeneratedRegex(@"share|shared|disclose|disclosed|provide|provided|transfer|given|give|made\s+available|distribute", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex ShareVerbShared();
    private static Regex ShareVerb() => ThreadRegex.Local(ShareVerbShared());

    [GeneratedRegex(@"\b(?:mobile\s+(?:phone\s+)?(?:opt[\s-]?in\s+)?(?:information|info|data|numbers?)|(?:text\s+messag\w*|sms|messaging)\s+(?:originator\s+)?(?:opt[\s-]?in\s+)?(?:data|information|consent|numbers?)|opt[\s-]?in\s+(?:data|information|consent)|(?:sms|text(?:\s+message)?)\s+(?:consent|opt[\s-]?ins?)|(?:cell(?:ular)?|mobile|phone|telephone)\s+numbers?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex SmsDataShared();
    private static Regex SmsData() => ThreadRegex.Local(SmsDataShared());

    [GeneratedRegex(@"\bthird[\s-]part(?:y|ies)|\banyone\b|\bpartners?\b|\baffiliates?\b|\bother\s+(?:companies|businesses|organi[sz]ations)\b|\boutside\s+(?:parties|companies)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex BlanketRecipientsShared();
    private static Regex BlanketRecipients() => ThreadRegex.Local(BlanketRecipientsShared());

    [GeneratedRegex(@"^\s*(?:unless|except|however|but\b|this\s+(?:does\s+not|doesn['’]t)\s+apply|the\s+only\s+exception|exceptions?\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex ExceptionOpenerShared();
    private static Regex ExceptionOpener() => ThreadRegex.Local(ExceptionOpenerShared());

    [GeneratedRegex(@"\b(?:except|unless|other\s+than|save)\s+(?:(?:as|where|when|if)\s+)?(?:[\w-]+\s+){0,4}?(?:with\s+|upon\s+)?(?:your|the\s+(?:user|consumer|customer|subscriber|individual)['’]?s?|prior|express|explicit|written|affirmative)\s+(?:[\w-]+\s+){0,2}?(?:consent|permission|authori[sz]ation|approval|agreement|opt[\s-]?in)\b|\bunless\s+you\s+(?:[\w-]+\s+){0,3}?(?:consent|agree|authori[sz]e|permit|allow|opt[\s-]?in|give\s+(?:us\s+)?(?:your\s+)?(?:permission|consent|approval)|request|ask|direct|instruct|choose|elect)\w*|\bwithout\s+(?:first\s+)?(?:obtaining\s+|getting\s+|receiving\s+|asking\s+(?:for\s+)?)?(?:your|the\s+\w+['’]?s?|prior|express|explicit|written)\s+(?:[\w-]+\s+){0,2}?(?:consent|permission|authori[sz]ation|approval)\b|\bif\s+you\s+(?:[\w-]+\s+){0,2}?(?:consent|agree|authori[sz]e|permit|allow|opt[\s-]?in|give\s+(?:us\s+)?(?:permission|consent))\w*|\b(?:with|upon)\s+your\s+(?:[\w-]+\s+){0,2}?(?:consent|permission|authori[sz]ation|approval)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex ConsentExceptionShared();
    private static Regex ConsentException() => ThreadRegex.Local(ConsentExceptionShared());

    [GeneratedRegex(@"\b(?:even|regardless|irrespective)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex EvenOrRegardlessShared();
    private static Regex EvenOrRegardless() => ThreadRegex.Local(EvenOrRegardlessShared());

    [GeneratedRegex(@"\b(?:except|other\s+than|unless|apart\s+from|aside\s+from|besides)\b[^.;]{0,80}?\b(?:affiliat\w*|partners?|sponsors?|advertis\w*|marketing|promotional|subsidiar\w*|sister\s+compan\w*|related\s+compan\w*|lead\s+buyers?|lenders?|brokers?|resell\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex DisallowedExceptionShared();
    private static Regex DisallowedException() => ThreadRegex.Local(DisallowedExceptionShared());

    [GeneratedRegex(@"\b(?:(?:we|us|you|company|they)\s+(?:\w+\s+){0,2}?(?:share|sell|rent|disclose|transfer|provide|trade|lease)s?|(?:may|might|can|could|will|would)\s+(?:also\s+|occasionally\s+|sometimes\s+)?(?:share|sell|rent|disclose|transfer|provide|trade|lease|be\s+(?:shared|sold|rented|disclosed|transferred|provided|made\s+available))|(?:is|are)\s+(?:sometimes\s+|occasionally\s+)?(?:shared|sold|rented|disclosed)|reserve\s+the\s+right\s+to\s+(?:share|sell|disclose|transfer))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex SharingShared();
    private static Regex Sharing() => ThreadRegex.Local(SharingShared());

    [GeneratedRegex(@"\b(?:(?:marketing|business|advertising|joint[\s-]marketing|select(?:ed)?|trusted|third[\s-]party|strategic|promotional)\s+partners?|partners?|affiliat\w*|third[\s-]parties|third[\s-]party\s+(?:companies|businesses|marketers|advertisers|partners)|advertisers?|sponsors?|other\s+(?:companies|businesses|organi[sz]ations|brands)|lead\s+buyers?|data\s+brokers?|marketers?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex RecipientsShared();
    private static Regex Recipients() => ThreadRegex.Local(RecipientsShared());

    [GeneratedRegex(@"\b(?:service\s+providers?|vendors?|processors?|contractors?|subcontractors?|agents?\s+(?:who|that)|on\s+our\s+behalf|to\s+(?:help\s+us\s+)?(?:provide|perform|operate|deliver|process|run)\s+(?:the\s+|our\s+|these\s+)?(?:services?|messages?|payments?|orders?)|required\s+by\s+law|law\s+enforcement|legal\s+(?:process|obligations?|requirements?)|court\s+order|subpoena|merger|acquisition|aggregators?|carriers?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex OperationalOnlyShared();
    private static Regex OperationalOnly() => ThreadRegex.Local(OperationalOnlyShared());

    [GeneratedRegex(@"\b(?:marketing|promotional|advertising|their\s+own\s+(?:purposes|use)|sell|sold|lead)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex MarketingPurposeShared();
    private static Regex MarketingPurpose() => ThreadRegex.Local(MarketingPurposeShared());

    [GeneratedRegex(@"\bexclud\w*\b[^.]{0,60}\b(?:opt[\s-]?in|originator)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex ExcludesOptInDataShared();
    private static Regex ExcludesOptInData() => ThreadRegex.Local(ExcludesOptInDataShared());

    [GeneratedRegex(@"\b(?:not|never|no)\b|n['’]t\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex NegatorWithinShared();
    private static Regex NegatorWithin() => ThreadRegex.Local(NegatorWithinShared());

    [GeneratedRegex(@"\b(?:not|never|n['’]t)\s+(?:be\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex NotBeforeShared();
    private static Regex NotBefore() => ThreadRegex.Local(NotBeforeShared());

    [GeneratedRegex(@"\b(?:promotional|marketing|advertising)\s+(?:and\s+(?:\w+\s+)?|or\s+(?:\w+\s+)?)?(?:text\s+|sms\s+|e-?mail\s+)?(?:messages?|texts?|sms|communications?|offers?|e-?mails?|alerts?|materials?|campaigns?|content|notifications?|updates)\b|\b(?:special\s+offers|exclusive\s+offers|promotions|coupons|discount\s+codes|deals\s+and\s+(?:offers|promotions))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex MarketingMessageShared();
    private static Regex MarketingMessage() => ThreadRegex.Local(MarketingMessageShared());

    [GeneratedRegex(@"(?i:opt[\s-]?out|unsubscribe|stop\s+receiving|cancel|be\s+removed)[^.]{0,80}\b(?:STOP|END|CANCEL|UNSUBSCRIBE|QUIT)\b", RegexOptions.CultureInvariant, T)]
    private static partial Regex OptOutSentenceShared();
    private static Regex OptOutSentence() => ThreadRegex.Local(OptOutSentenceShared());

    [GeneratedRegex(@"\bprivacy\s+(?:policy|notice|statement|practices|&\s+cookie)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex PrivacyTitleShared();
    private static Regex PrivacyTitle() => ThreadRegex.Local(PrivacyTitleShared());

    [GeneratedRegex(@"\b(?:personal\s+(?:information|data)|information\s+we\s+collect|cookies|third[\s-]part(?:y|ies)|how\s+we\s+use|your\s+(?:rights|choices)|contact\s+us|data\s+(?:security|retention)|children['’]s\s+privacy|opt[\s-]?out)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex PolicyMarkersShared();
    private static Regex PolicyMarkers() => ThreadRegex.Local(PolicyMarkersShared());
}

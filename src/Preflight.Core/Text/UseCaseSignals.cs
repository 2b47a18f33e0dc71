using System.Text.RegularExpressions;
using Preflight.Core.Model;

namespace Preflight.Core.Text;

/// <summary>
/// Words that make a message read as one use case or another ("your code is 482913" reads as 2FA, "out for
/// delivery" as a delivery notification). Lenient on purpose: rules built on these are heuristics and must not fire
/// on ordinary, compliant samples. Marketing and charity also draw on the content lists
/// (<see cref="ContentCategory.Marketing"/>, <see cref="ContentCategory.Donation"/>).
/// </summary>
public static partial class UseCaseSignals
{
    private const int T = 2000;

    /// <summary>The use cases this class can recognise, in the order reports list them.</summary>
    public static IReadOnlyList<string> Known { get; } =
    [
        UseCases.TwoFactor, UseCases.AccountNotification, UseCases.CustomerCare, UseCases.DeliveryNotification,
        UseCases.FraudAlert, UseCases.SecurityAlert, UseCases.Marketing, UseCases.PollingVoting,
        UseCases.PublicServiceAnnouncement, UseCases.HigherEducation, UseCases.K12Education, UseCases.Charity,
        UseCases.Emergency,
    ];

    /// <summary>Whether there are words to recognise this use case by.</summary>
    public static bool Recognises(string? useCase) => useCase is not null && IsKnown(Normalize(useCase));

    // Known holds the use cases with a pattern and the two read from the content lists.
    private static bool IsKnown(string normalized) =>
        normalized is UseCases.Marketing or UseCases.Charity || PatternFor(normalized) is not null;

    /// <summary>The first words in the field that read as the use case, or null (also null for use cases not in <see cref="Known"/>).</summary>
    public static TextMatch? Find(string useCase, FieldAnalysis field) => FindNormalized(Normalize(useCase), field);

    /// <summary><see cref="Find"/> for a use case already given as <see cref="Normalize"/> spells it.</summary>
    internal static TextMatch? FindNormalized(string useCase, FieldAnalysis field)
    {
        if (field.IsEmpty) return null;
        var text = field.Text;
        switch (useCase)
        {
            case UseCases.Marketing:
                var promo = field.Content(ContentCategory.Marketing);
                return promo.Count > 0 ? promo[0] : TextMatch.First(Promotional(), text);
            case UseCases.Charity:
                var gift = field.Content(ContentCategory.Donation);
                return gift.Count > 0 ? gift[0] : TextMatch.First(Charitable(), text);
            default:
                var pattern = PatternFor(useCase);
                return pattern is null ? null : TextMatch.First(pattern, text);
        }
    }

    /// <summary>Every known use case the field reads as, in <see cref="Known"/> order.</summary>
    public static IReadOnlyList<string> ReadsAs(FieldAnalysis field)
    {
        List<string>? list = null;
        foreach (var u in Known)
            if (FindNormalized(u, field) is not null) (list ??= []).Add(u);
        return list ?? (IReadOnlyList<string>)[];
    }

    /// <summary>
    /// Use cases close enough that a message of one fits a campaign registered for the other ("your plan renews" is
    /// both an account notice and customer care). Used when judging a single use case, never for MIXED coverage.
    /// </summary>
    public static IReadOnlyList<string> Neighbours(string useCase) => Normalize(useCase) switch
    {
        UseCases.AccountNotification => AccountNeighbours,
        UseCases.CustomerCare => CareNeighbours,
        UseCases.DeliveryNotification => DeliveryNeighbours,
        UseCases.FraudAlert => FraudNeighbours,
        UseCases.SecurityAlert => SecurityNeighbours,
        UseCases.HigherEducation => HigherEducationNeighbours,
        UseCases.K12Education => K12Neighbours,
        UseCases.PublicServiceAnnouncement => PublicServiceNeighbours,
        UseCases.Emergency => EmergencyNeighbours,
        _ => [],
    };

    // The lists Neighbours gives, made once: a rule asks for them on every submission.
    private static readonly IReadOnlyList<string> AccountNeighbours = Array.AsReadOnly<string>([UseCases.CustomerCare, UseCases.DeliveryNotification]);
    private static readonly IReadOnlyList<string> CareNeighbours = Array.AsReadOnly<string>([UseCases.AccountNotification, UseCases.DeliveryNotification]);
    private static readonly IReadOnlyList<string> DeliveryNeighbours = Array.AsReadOnly<string>([UseCases.AccountNotification]);
    private static readonly IReadOnlyList<string> FraudNeighbours = Array.AsReadOnly<string>([UseCases.SecurityAlert]);
    private static readonly IReadOnlyList<string> SecurityNeighbours = Array.AsReadOnly<string>([UseCases.FraudAlert, UseCases.TwoFactor]);
    private static readonly IReadOnlyList<string> HigherEducationNeighbours = Array.AsReadOnly<string>([UseCases.K12Education]);
    private static readonly IReadOnlyList<string> K12Neighbours = Array.AsReadOnly<string>([UseCases.HigherEducation, UseCases.PublicServiceAnnouncement]);
    private static readonly IReadOnlyList<string> PublicServiceNeighbours = Array.AsReadOnly<string>([UseCases.Emergency, UseCases.K12Education]);
    private static readonly IReadOnlyList<string> EmergencyNeighbours = Array.AsReadOnly<string>([UseCases.PublicServiceAnnouncement]);

    /// <summary>
    /// True when the campaign's use cases rule out promotional content: MARKETING is neither the use case nor a
    /// sub-use-case, and the use case is one of the non-promotional ones (sole proprietor, sweepstakes, social,
    /// franchise and platform use cases may carry offers and are left alone).
    /// </summary>
    public static bool ExcludesMarketing(Campaign campaign)
    {
        if (campaign.HasUseCase(UseCases.Marketing)) return false;
        var main = Normalize(campaign.Usecase);
        return main is UseCases.TwoFactor or UseCases.AccountNotification or UseCases.CustomerCare
            or UseCases.DeliveryNotification or UseCases.FraudAlert or UseCases.HigherEducation or UseCases.K12Education
            or UseCases.PollingVoting or UseCases.PublicServiceAnnouncement or UseCases.SecurityAlert
            or UseCases.Charity or UseCases.Emergency or UseCases.Mixed or UseCases.LowVolume;
    }

    /// <summary>"a" or "an" before the words <see cref="Describe"/> gives.</summary>
    public static string Article(string words) => words.Length > 0 && "aeiouAEIOU".Contains(words[0], StringComparison.Ordinal) ? "an" : "a";

    /// <summary>A use case as the registry spells it: trimmed, upper case.</summary>
    public static string Normalize(string? useCase) =>
        useCase is not null && IsPlainIdentifier(useCase) ? useCase : (useCase ?? "").Trim().ToUpperInvariant();

    // An identifier as the registry spells it (upper-case ASCII letters, digits and underscores) is its own normal
    // form: trimming and upper-casing would give the same characters, after a scan through the casing tables.
    private static bool IsPlainIdentifier(string s)
    {
        foreach (var c in s)
            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_')) return false;
        return true;
    }

    /// <summary>How people read a use case identifier: "ACCOUNT_NOTIFICATION" gives "account notification".</summary>
    public static string Describe(string useCase) => Normalize(useCase) switch
    {
        UseCases.TwoFactor => "2FA / one-time code",
        UseCases.PublicServiceAnnouncement => "public service announcement",
        UseCases.K12Education => "K-12 education",
        var u => u.Replace('_', ' ').ToLowerInvariant(),
    };

    private static Regex? PatternFor(string useCase) => useCase switch
    {
        UseCases.TwoFactor => TwoFactor(),
        UseCases.AccountNotification => Account(),
        UseCases.CustomerCare => Care(),
        UseCases.DeliveryNotification => Delivery(),
        UseCases.FraudAlert => Fraud(),
        UseCases.SecurityAlert => Security(),
        UseCases.PollingVoting => Polling(),
        UseCases.PublicServiceAnnouncement => PublicService(),
        UseCases.HigherEducation => HigherEducation(),
        UseCases.K12Education => K12(),
        UseCases.Emergency => Emergency(),
        _ => null,
    };

    // A code is digits ("code 482913", "482913 is your code"); "use code SAVE10" is a coupon, not a passcode.
    [GeneratedRegex(@"\b(?:pass[\s-]?codes?|one[\s-]time\s+(?:pass(?:word|code)s?|codes?|pins?)|OTPs?|(?:verification|security|confirmation|login|log-in|sign-in|signin|access|auth(?:entication|orization)?|temporary|2FA|MFA)\s+codes?|codes?\s*(?:is|:|=)?\s*\d{4,8}|\d{4,8}\s+is\s+your|verif(?:y|ication|ied)|two[\s-](?:factor|step)|2FA|MFA|(?-i:PIN))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex TwoFactorShared();
    private static Regex TwoFactor() => ThreadRegex.Local(TwoFactorShared());

    [GeneratedRegex(@"\b(?:your\s+(?:account|statement|bill|invoice|balance|order|subscription|membership|policy|plan|payment|appointment|reservation|booking|table|request|application|prescription|refill|results?|claim|renewal|lease|rent|shift|schedule|visit|session|class|ticket|documents?|ID\s+cards?)|statements?|payments?|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?(?:due|overdue|past\s+due|confirmed|scheduled|ready|approved|processed|received|updated|renewed|complete|completed|booked|cancell?ed|available|posted)|due\s+(?:on|by|date|today|tomorrow|for)|past\s+due|overdue|balance|invoices?|receipts?|reminders?|remind(?:s|ing)?|appointments?|confirm(?:ed|ation|s)?|reschedul\w*|renews?|renewal|autopay|rent|order\s*#|#\s*\d+|results|scheduled|bill(?:ing|s)?|account|membership|subscription|check[\s-]?up|check[\s-]?in|refund(?:ed|s)?|credited|see(?:ing)?\s+you|look(?:ing)?\s+forward|your\s+(?:visit|stay|trip|vehicle|car|pet|unit|home|loan|card|cleaning|exam|service|delivery)|\d{1,2}(?::\d{2})?\s?(?:AM|PM|a\.m\.|p\.m\.))(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex AccountShared();
    private static Regex Account() => ThreadRegex.Local(AccountShared());

    [GeneratedRegex(@"(?<!\w)(?:thanks?(?:\s+you)?\s+for\s+(?:your\s+)?(?:question|message|note|reaching\s+out|contacting|call(?:ing)?|patience|feedback|inquiry|request|reply)|your\s+(?:question|inquiry|ticket|case|support\s+request|service\s+request|repair)|happy\s+to\s+help|glad\s+to\s+help|here\s+to\s+help|how\s+can\s+(?:we|I)\s+help|let\s+(?:us|me)\s+know|customer\s+(?:care|support|service)|support\s+(?:team|ticket|request)|ticket\s*#?\s*\d+|case\s*#\s*\d+|agent|representative|technician|specialist|advisor|following\s+up|follow[\s-]up|reply\s+(?:here|to\s+this)|questions?\??|call\s+us|contact\s+(?:us|support)|estimate|on\s+the\s+way|we\s+(?:received|got|have)\s+your|support|sorry|refund(?:ed)?|issue|(?:help|assist)\s+(?:you|with)|make\s+it\s+right|anything\s+else|(?:reply|respond|text)\s+(?:with\s+)?[""']?[A-Z]{2,}[""']?\s+to\s+(?:approve|confirm|proceed|accept|schedule|book))(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex CareShared();
    private static Regex Care() => ThreadRegex.Local(CareShared());

    [GeneratedRegex(@"\b(?:ship(?:ped|ping|ment|ments|s)?|out\s+for\s+delivery|deliver(?:y|ed|ing|ies|s)?|tracking|track\s+(?:it|your|here|at|the)|packages?|parcels?|courier|in\s+transit|on\s+(?:its|the)\s+way|arriv(?:e|es|ed|ing|al)|picked\s+up|pick\s?-?ups?|dropped\s+off|left\s+at|driver|dispatch(?:ed)?|ETA|en\s+route)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex DeliveryShared();
    private static Regex Delivery() => ThreadRegex.Local(DeliveryShared());

    [GeneratedRegex(@"\b(?:fraud\w*|suspicious|unusual|unauthori[sz]ed|did\s+you\s+(?:attempt|make|authori[sz]e|try|use|just|recently)|was\s+this\s+you|not\s+you|blocked|declined|flagged|frozen|on\s+hold|(?:reply|respond)\s+(?:with\s+)?(?-i:YES|Y)\s*(?:or|/)\s*(?-i:NO|N)|transactions?|purchase\s+(?:of|at|for|attempt)|charges?\s+(?:of|at|for)|(?:card|account)\s+(?:is|was|has\s+been)\s+(?:locked|suspended|restricted))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex FraudShared();
    private static Regex Fraud() => ThreadRegex.Local(FraudShared());

    [GeneratedRegex(@"\b(?:secur(?:ity|e|ed)|sign[\s-]?ins?|signed\s+in|log[\s-]?ins?|logged\s+in|passwords?|new\s+device|unknown\s+device|unrecogni[sz]ed|breach\w*|compromis\w+|hack\w*|locked|lock\s?out|reset|two[\s-]step|2-step|MFA|suspicious|not\s+you|was\s+this\s+you|malware|vulnerab\w+|intrusion|firewall|access\s+(?:attempt|request))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex SecurityShared();
    private static Regex Security() => ThreadRegex.Local(SecurityShared());

    [GeneratedRegex(@"\b(?:survey\w*|polls?|polling|vote[sd]?|voting|ballots?|rate\s+(?:us|your|our)|ratings?|how\s+(?:likely|satisfied|would\s+you\s+rate|was\s+your|did\s+we\s+do)|on\s+a\s+scale|feedback|questionnaire|reply\s+(?:with\s+)?(?:a\s+)?\d|(?:reply|respond|text)\s+(?-i:YES|NO|Y|N|A|B|C)\s+(?:or|for)|take\s+(?:our|a|the)\s+(?:short\s+|quick\s+)?(?:survey|poll|quiz)|results|opinions?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex PollingShared();
    private static Regex Polling() => ThreadRegex.Local(PollingShared());

    [GeneratedRegex(@"\b(?:notices?|advisory|announcements?|awareness|public|residents?|community|citizens?|closed|closures?|closings?|reopen\w*|opens?\s+(?:\d+\s+hours?\s+)?(?:late|early)|late\s+start|\d+\s+hours?\s+late|no\s+school|delays?|delayed|cancell?ations?|weather|storms?|snow|ice|heat|flood\w*|outages?|water\s+(?:main|service)|boil[\s-]water|streets?|roads?|traffic|detours?|construction|repairs?|cleaning|trash|recycling|holiday|meetings?|hearings?|safety|health|vaccin\w+|flu|clinics?|shelters?|please\s+(?:move|avoid|note|be\s+aware|plan)|expect)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex PublicServiceShared();
    private static Regex PublicService() => ThreadRegex.Local(PublicServiceShared());

    [GeneratedRegex(@"\b(?:universit\w+|colleges?|campus|students?|semesters?|tuition|financial\s+aid|FAFSA|registrar|registration|enroll\w*|admissions?|admitted|courses?|class(?:es)?|orientation|graduat\w+|commencement|transcripts?|advis(?:or|ors|ing)|dean|faculty|syllabus|exams?|finals|midterms?|scholarships?|dorms?|residence\s+halls?|academic\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex HigherEducationShared();
    private static Regex HigherEducation() => ThreadRegex.Local(HigherEducationShared());

    [GeneratedRegex(@"\b(?:schools?|students?|parents?|guardians?|teachers?|class(?:es|room)?|district|bus(?:es)?|homework|grades?|report\s+cards?|principal|PTA|PTO|field\s+trips?|dismissal|early\s+release|snow\s+day|lunch|attendance|absent|absences?|conferences?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex K12Shared();
    private static Regex K12() => ThreadRegex.Local(K12Shared());

    [GeneratedRegex(@"\b(?:emergenc\w+|evacuat\w+|shelter\w*|warnings?|watch|alerts?|storms?|tornado\w*|hurricanes?|flood\w*|wildfires?|fires?|earthquakes?|tsunami|outbreaks?|pandemic|quarantine|lockdown|boil[\s-]water|power\s+outages?|disaster\w*|relief|safety|danger\w*|hazard\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex EmergencyShared();
    private static Regex Emergency() => ThreadRegex.Local(EmergencyShared());

    // Offers as people write them, beyond the marketing content list: prices, "20% off", "VIP", "back in stock",
    // "preorders are open", "just listed", "back on tap".
    [GeneratedRegex(@"(?:\d+\s?%\s*off|\$\s?\d+(?:\.\d{2})?\s+off|\b(?:sale|deals?|specials?|offers?|promo\w*|discount\w*|coupons?|save|savings|saving|free|BOGO|shop|buy|new\s+arrivals?|just\s+(?:landed|arrived|dropped)|back\s+in\s+stock|limited[\s-]time|today\s+only|this\s+weekend\s+only|ends\s+(?:today|tonight|soon|sunday|monday|friday|saturday)|last\s+chance|don'?t\s+miss|exclusive|VIP|members?\s+only|bring\s+a\s+friend|(?:with|use)\s+code|your\s+cart|left\s+(?:something|items?)\s+in|new\s+menu|happy\s+hour|grand\s+opening|giveaway|rewards?|loyalty|join\s+us|book\s+now|order\s+now|treat\s+yourself|(?:only|just)\s+\$\s?\d+|for\s+\$\s?\d+|new|collection|what'?s\s+new|come\s+(?:see|in|by|visit)|stop\s+by|check\s+out|introducing|launch\w*|season\w*|arrivals?|visit\s+us|pre-?orders?|reserve\s+(?:yours|your\s+(?:spot|seat|table))|just\s+listed|new\s+listings?|open\s+house|price\s+(?:drop|reduced|reduction|cut)|on\s+tap|all\s+weekend|compare\s+(?:rates|quotes|prices)|as\s+little\s+as|drive\s+(?:home|away)\s+today|refer\s+a\s+friend|upgrade\s+(?:to|now)|months?\s+free)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex PromotionalShared();
    private static Regex Promotional() => ThreadRegex.Local(PromotionalShared());

    [GeneratedRegex(@"\b(?:donat\w+|donors?|give|giving|gifts?|fundrais\w+|pledge\w*|contribut\w+|sponsor\w*|volunteer\w*|match(?:ing)?\s+gift|raise[sd]?|charit\w+|feeds?\s+(?:a|\d+)|meals?|your\s+support)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex CharitableShared();
    private static Regex Charitable() => ThreadRegex.Local(CharitableShared());
}

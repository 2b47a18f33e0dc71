using System.Text.RegularExpressions;

namespace Preflight.Core.Text;

/// <summary>The ways a consumer can give consent that a call to action may describe.</summary>
[Flags]
public enum OptInMethod
{
    None = 0,
    Website = 1,
    Keyword = 2,
    Verbal = 4,
    PaperForm = 8,
    MobileApp = 16,
    QrCode = 32,
    PointOfSale = 64,
    Email = 128,
}

/// <summary>One opt-in method and the words that describe it.</summary>
public sealed record OptInMention(OptInMethod Method, TextMatch Match);

/// <summary>What <see cref="OptInMethods.Read"/> found: the mentions, and the methods whose patterns match at all.</summary>
/// <param name="Matched">
/// Methods whose pattern matches somewhere, negated or not. None of the patterns looks around its match beyond a word
/// boundary, so a pattern without a match in a text has none in any part of it cut at white space either (a sentence).
/// </param>
/// <param name="Methods">The methods of <paramref name="Mentions"/>, as flags.</param>
internal readonly record struct OptInReading(IReadOnlyList<OptInMention> Mentions, OptInMethod Methods, OptInMethod Matched);

/// <summary>Finds which opt-in methods a description or message flow describes.</summary>
public static partial class OptInMethods
{
    /// <summary>The gated patterns of this class, for the tests that hold each to its unanchored form.</summary>
    internal static IReadOnlyList<LeadGatedRegex> Gates => [WebsiteGate, KeywordGate, AppGate, EmailOptInGate, ConsentGate];

    /// <summary>The words each pattern's matches hold, for the tests that hold each pattern to them.</summary>
    internal static IReadOnlyList<RequiredWords> Filters => [VerbalWords, PaperWords, AppWords, QrWords, PointOfSaleWords, EmailLinkWords, EmailMailWords];

    // Words every match of a method's pattern holds: most texts lack those of most methods, and a vector search for
    // them is far cheaper than the pattern's own search (or its lead gate, whose leads "the", "our" and "in" are
    // everywhere). The mobile-app pattern's "app" ends a word, unlike "apply" or "appointment".
    private static readonly RequiredWords VerbalWords = new(Verbal(), ["verbal", "phone", "person", "call", "spoken", "staff"]);
    private static readonly RequiredWords PaperWords = new(Paper(), ["paper", "written", "sheet", "intake", "enrollment", "registration", "printed", "hard"]);
    private static readonly RequiredWords AppWords = new(App(), ["application"], wordEnds: ["app"]);
    private static readonly RequiredWords QrWords = new(Qr(), ["qr"]);
    private static readonly RequiredWords PointOfSaleWords = new(PointOfSale(), ["point", "pos", "store", "register", "counter", "desk", "check", "tablet"]);
    private static readonly RequiredWords EmailLinkWords = new(EmailOptIn(), ["link"]);
    private static readonly RequiredWords EmailMailWords = new(EmailOptIn(), ["mail"]);

    /// <summary>Each method's pattern as written, for the test that holds them to what <see cref="OptInReading.Matched"/> assumes.</summary>
    internal static IReadOnlyList<Regex> MethodPatterns => [Website(), Keyword(), Verbal(), Paper(), App(), Qr(), PointOfSale(), EmailOptIn()];

    public static IReadOnlyList<OptInMention> Find(string? text) =>
        string.IsNullOrEmpty(text) ? [] : Read(text, AllMethods).Mentions;

    public static OptInMethod Detect(string? text) =>
        string.IsNullOrEmpty(text) ? OptInMethod.None : Read(text, AllMethods).Methods;

    /// <summary>Every method, for <see cref="Read"/>.</summary>
    internal const OptInMethod AllMethods = OptInMethod.Website | OptInMethod.Keyword | OptInMethod.Verbal | OptInMethod.PaperForm
        | OptInMethod.MobileApp | OptInMethod.QrCode | OptInMethod.PointOfSale | OptInMethod.Email;

    /// <summary>
    /// The first mention of each method in <paramref name="patterns"/> (negated ones left out), and which of those
    /// methods' patterns match at all, negated or not. A method left out of <paramref name="patterns"/> is not searched.
    /// </summary>
    internal static OptInReading Read(string text, OptInMethod patterns)
    {
        var list = new List<OptInMention>();
        var (methods, matched) = ReadPart(text, 0, text.Length, patterns, list);
        return new OptInReading(list, methods, matched);
    }

    /// <summary>
    /// <see cref="Read"/> of the part of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>
    /// (a sentence), read as if it were the whole text: every pattern, look-behind and negation sees only that part.
    /// The mentions, with their positions in <paramref name="text"/>, are added to <paramref name="into"/>; nothing is
    /// copied but the words matched.
    /// </summary>
    internal static (OptInMethod Methods, OptInMethod Matched) ReadPart(string text, int start, int end, OptInMethod patterns, List<OptInMention> into)
    {
        OptInMethod matched = OptInMethod.None, methods = OptInMethod.None;
        var part = text.AsSpan(start, end - start);
        if ((patterns & OptInMethod.Website) != 0)
        {
            var web = WebsiteGate.Find(text, start, end);
            if (web is not null) matched |= OptInMethod.Website;
            Add(OptInMethod.Website, NotOnPaper(text, start, end, web), part);
        }
        if ((patterns & OptInMethod.Keyword) != 0) Add(OptInMethod.Keyword, KeywordGate.Find(text, start, end), part);
        if ((patterns & OptInMethod.Verbal) != 0) Add(OptInMethod.Verbal, First(VerbalWords, text, start, end), part);
        if ((patterns & OptInMethod.PaperForm) != 0) Add(OptInMethod.PaperForm, First(PaperWords, text, start, end), part);
        if ((patterns & OptInMethod.MobileApp) != 0) Add(OptInMethod.MobileApp, AppWords.MayMatch(part) ? AppGate.Find(text, start, end) : null, part);
        if ((patterns & OptInMethod.QrCode) != 0) Add(OptInMethod.QrCode, First(QrWords, text, start, end), part);
        if ((patterns & OptInMethod.PointOfSale) != 0) Add(OptInMethod.PointOfSale, First(PointOfSaleWords, text, start, end), part);
        if ((patterns & OptInMethod.Email) != 0)
            Add(OptInMethod.Email, EmailLinkWords.MayMatch(part) && EmailMailWords.MayMatch(part) ? EmailOptInGate.Find(text, start, end) : null, part);
        return (methods, matched);

        void Add(OptInMethod method, TextMatch? m, ReadOnlySpan<char> part)
        {
            if (m is null) return;
            matched |= method;
            if (Negation.IsNegated(part, m.Start - start)) return;
            into.Add(new OptInMention(method, m));
            methods |= method;
        }
    }

    // The pattern's leftmost match in the part, searched only when the part may hold one.
    private static TextMatch? First(RequiredWords words, string text, int start, int end) =>
        words.MayMatch(text.AsSpan(start, end - start)) ? FirstIn(words.Pattern, text, start, end, start) : null;

    /// <summary>
    /// The leftmost match of <paramref name="regex"/> from <paramref name="from"/> on in the part of
    /// <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, read as if it were the whole
    /// text, with its position in <paramref name="text"/>; or null.
    /// </summary>
    internal static TextMatch? FirstIn(Regex regex, string text, int start, int end, int from)
    {
        foreach (var m in regex.EnumerateMatches(text.AsSpan(start, end - start), from - start))
            return new TextMatch(start + m.Index, m.Length, text.Substring(start + m.Index, m.Length));
        return null;
    }

    /// <summary>
    /// The first website mention from <paramref name="first"/> on that is not a form said to be on paper: a form named
    /// without "web" or "online" ("sign-up form", "booking form") is a web form unless the word before puts it on paper
    /// ("a paper sign-up form", "the printed booking form"). Only that word is read, with nothing but white space or a
    /// hyphen between, so a sentence cut from the text reads the same.
    /// </summary>
    private static TextMatch? NotOnPaper(string text, int start, int end, TextMatch? first)
    {
        var m = first;
        while (m is not null && FormWithoutWeb().IsMatch(m.Value)
            && OnPaper().IsMatch(text.AsSpan(Math.Max(start, m.Start - 40), Math.Min(40, m.Start - start))))
            m = FirstIn(Website(), text, start, end, m.End);
        return m;
    }

    [GeneratedRegex(@"^(?:sign[\s-]?up|subscription|contact|booking|lead|opt[\s-]?in)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex FormWithoutWebShared();
    private static Regex FormWithoutWeb() => ThreadRegex.Local(FormWithoutWebShared());

    [GeneratedRegex(@"\b(?:paper|printed|written|hard[\s-]?copy|physical)[\s-]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex OnPaperShared();
    private static Regex OnPaper() => ThreadRegex.Local(OnPaperShared());

    /// <summary>Any wording about consent at all ("opt in", "consent", "subscribe", "sign up", "agree to receive").</summary>
    public static TextMatch? FindConsentLanguage(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return ConsentGate.Find(text);
    }

    private const string WebsitePattern = @"\b(?:web\s*(?:site|form|page)|online\s+(?:form|sign[\s-]?up|portal|checkout|account|registration|booking|scheduling)|sign[\s-]?up\s+(?:form|page)|subscription\s+form|contact\s+(?:us\s+)?form|landing\s+page|check[\s-]?out\s+page|our\s+site|https?://\S+|www\.\S+|[a-z0-9\-]+\.(?:com|net|org|io|co|us|app|health|care|shop)/\S*|(?:customer|patient|client|member)\s+portal|booking\s+(?:page|form)|lead\s+form|opt[\s-]?in\s+(?:form|page))";

    [GeneratedRegex(WebsitePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex WebsiteShared();
    private static Regex Website() => ThreadRegex.Local(WebsiteShared());

    [GeneratedRegex(@"\G(?:" + WebsitePattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex WebsiteHereShared();
    private static Regex WebsiteHere() => ThreadRegex.Local(WebsiteHereShared());

    private static readonly LeadGatedRegex WebsiteGate = new(Website(), WebsiteHere(), "web onl sig sub con lan che our htt www host. cus pat cli mem boo lea opt");

    private const string KeywordPattern = @"\b(?:(?i:text(?:ing|s)?|txt|send(?:ing|s)?|reply(?:ing)?)\s+(?:the\s+)?(?i:keyword\s+|word\s+)?[""'“‘]?[A-Z0-9]{2,}[""'”’]?\s+(?i:to)\s+(?:\+?1?[\s.\-]?\(?\d{3}\)?[\s.\-]?\d{3}[\s.\-]?\d{4}|\d{5,6}|our|the|us|\(?x{3})|(?i:keyword\s+opt[\s-]?in|opt[\s-]?in\s+keyword|by\s+texting|text[\s-]to[\s-]join|text-in))";

    [GeneratedRegex(KeywordPattern, RegexOptions.CultureInvariant, 2000)]
    private static partial Regex KeywordShared();
    private static Regex Keyword() => ThreadRegex.Local(KeywordShared());

    [GeneratedRegex(@"\G(?:" + KeywordPattern + ")", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex KeywordHereShared();
    private static Regex KeywordHere() => ThreadRegex.Local(KeywordHereShared());

    private static readonly LeadGatedRegex KeywordGate = new(Keyword(), KeywordHere(), "tex txt sen rep key opt by.");

    [GeneratedRegex(@"\b(?:verbal(?:ly)?|over\s+the\s+(?:phone|telephone)|by\s+(?:phone|telephone)|phone\s+call|in[\s-]person|call(?:s|ing)?\s+(?:in|us|our\s+office)|spoken|staff\s+(?:will\s+)?asks?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex VerbalShared();
    private static Regex Verbal() => ThreadRegex.Local(VerbalShared());

    [GeneratedRegex(@"\b(?:paper\s+(?:form|sign[\s-]?up|intake)|written\s+(?:form|consent\s+form)|sign[\s-]?(?:up|in)\s+sheet|intake\s+form|enrollment\s+form|registration\s+form|printed\s+form|hard[\s-]?copy\s+form)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex PaperShared();
    private static Regex Paper() => ThreadRegex.Local(PaperShared());

    private const string AppPattern = @"\b(?:mobile\s+app(?:lication)?|our\s+app|the\s+app|in[\s-]app|ios\s+(?:and|or|/)\s+android\s+app|app\s+settings)\b";

    [GeneratedRegex(AppPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex AppShared();
    private static Regex App() => ThreadRegex.Local(AppShared());

    [GeneratedRegex(@"\G(?:" + AppPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex AppHereShared();
    private static Regex AppHere() => ThreadRegex.Local(AppHereShared());

    private static readonly LeadGatedRegex AppGate = new(App(), AppHere(), "mob our the in. ios app");

    [GeneratedRegex(@"\bQR\s+codes?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex QrShared();
    private static Regex Qr() => ThreadRegex.Local(QrShared());

    [GeneratedRegex(@"\b(?:point[\s-]of[\s-]sale|POS\s+(?:terminal|system|screen)|(?:in[\s-]store|at\s+(?:the\s+)?(?:register|counter|front\s+desk|check[\s-]?out))|tablet\s+at)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex PointOfSaleShared();
    private static Regex PointOfSale() => ThreadRegex.Local(PointOfSaleShared());

    private const string EmailOptInPattern = @"\b(?:link\s+in\s+(?:an?\s+|our\s+)?e-?mail|e-?mail\s+(?:sign[\s-]?up|campaign|newsletter)\s+link)\b";

    [GeneratedRegex(EmailOptInPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex EmailOptInShared();
    private static Regex EmailOptIn() => ThreadRegex.Local(EmailOptInShared());

    [GeneratedRegex(@"\G(?:" + EmailOptInPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex EmailOptInHereShared();
    private static Regex EmailOptInHere() => ThreadRegex.Local(EmailOptInHereShared());

    private static readonly LeadGatedRegex EmailOptInGate = new(EmailOptIn(), EmailOptInHere(), "lin ema e.");

    private const string ConsentPattern = @"\b(?:opt(?:s|ed|ing)?[\s-]?in|consent(?:s|ed|ing)?|subscrib(?:e|es|ed|ing)|sign(?:s|ed|ing)?[\s-]?up|enrol(?:l|ls|led|ling)?|agree(?:s|d)?\s+to\s+receive|check(?:s|ed|ing)?\s+(?:a|the)\s+box|(?:provide|provides|provided|providing|enter|enters|entering)\s+(?:their|your|a)\s+(?:mobile\s+|cell\s+|phone\s+)?(?:number|phone))";

    [GeneratedRegex(ConsentPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex ConsentShared();
    private static Regex Consent() => ThreadRegex.Local(ConsentShared());

    [GeneratedRegex(@"\G(?:" + ConsentPattern + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex ConsentHereShared();
    private static Regex ConsentHere() => ThreadRegex.Local(ConsentHereShared());

    private static readonly LeadGatedRegex ConsentGate = new(Consent(), ConsentHere(), "opt con sub sig enr agr che pro ent");
}

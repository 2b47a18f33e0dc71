using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>One keyword of a registry keyword field, where it sits in the field.</summary>
internal readonly record struct Keyword(string Value, int Start, int Length);

/// <summary>A keyword field or a keyword reply, with the words people use for it.</summary>
internal sealed record KeywordPart(string KeywordsPointer, string MessagePointer, string ListName, string MessageName);

/// <summary>
/// Shared reading of the keyword lists and keyword replies for the rules of this folder: keyword parsing with
/// positions, and the few phrasings the shared disclosure finders do not cover yet (see each method).
/// </summary>
internal static partial class KeywordReplies
{
    private const int T = 2000;

    /// <summary>Opt-out words the major providers honour whatever the campaign lists (STOP first).</summary>
    public static readonly IReadOnlyList<string> CommonOptOutWords =
        ["STOP", "END", "CANCEL", "UNSUBSCRIBE", "QUIT", "STOPALL", "REVOKE", "OPTOUT"];

    /// <summary>The opt-out words the registry itself names as valid.</summary>
    public static readonly IReadOnlyList<string> RegistryOptOutWords = ["STOP", "END", "CANCEL", "UNSUBSCRIBE"];

    public static readonly FrozenSet<string> OptOutWordSet = CommonOptOutWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    public static readonly FrozenSet<string> HelpWordSet = new[] { "HELP", "INFO" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    public static readonly FrozenSet<string> OptInWordSet = new[] { "START", "UNSTOP", "YES" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly KeywordPart OptIn = new(Fields.OptinKeywords, Fields.OptinMessage, "opt-in keywords", "opt-in message");
    public static readonly KeywordPart OptOut = new(Fields.OptoutKeywords, Fields.OptoutMessage, "opt-out keywords", "opt-out message");
    public static readonly KeywordPart Help = new(Fields.HelpKeywords, Fields.HelpMessage, "help keywords", "HELP message");

    public static readonly IReadOnlyList<KeywordPart> Parts = [OptIn, OptOut, Help];

    /// <summary>Splits a keyword field the way the registry does (commas; semicolons and new lines tolerated), keeping positions.</summary>
    public static Keyword[] Parse(string? field)
    {
        if (string.IsNullOrWhiteSpace(field)) return [];
        // Two passes, counting and then filling, so the result is one array of the right size with no list around it.
        var count = 0;
        for (var start = 0; start <= field.Length;)
        {
            var (s, e, next) = Piece(field, start);
            if (e > s) count++;
            start = next;
        }
        var keywords = new Keyword[count];
        count = 0;
        for (var start = 0; start <= field.Length;)
        {
            var (s, e, next) = Piece(field, start);
            if (e > s) keywords[count++] = new Keyword(Known(field.AsSpan(s, e - s)) ?? field[s..e], s, e - s);
            start = next;
        }
        return keywords;
    }

    // The piece of a keyword field from start to the next separator, without the white space around it, and where the
    // piece after it starts (past the end after the last piece).
    private static (int Start, int End, int Next) Piece(string field, int start)
    {
        var i = field.AsSpan(start).IndexOfAny(Separators);
        i = i < 0 ? field.Length : start + i;
        var s = start;
        var e = i;
        while (s < e && char.IsWhiteSpace(field[s])) s++;
        while (e > s && char.IsWhiteSpace(field[e - 1])) e--;
        return (s, e, i + 1);
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(",;\n\r");

    // Keywords most lists hold, written as the registry suggests: a listed keyword spelled exactly so (same case) is
    // this string rather than a new copy of it.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownKeywords =
        new[] { "STOP", "END", "CANCEL", "UNSUBSCRIBE", "QUIT", "STOPALL", "REVOKE", "OPTOUT", "HELP", "INFO", "START", "UNSTOP", "YES", "JOIN", "SUBSCRIBE" }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static string? Known(ReadOnlySpan<char> keyword) => KnownKeywords.TryGetValue(keyword, out var known) ? known : null;

    /// <summary><see cref="Parse"/> of one of the submission's keyword fields, read once per submission.</summary>
    public static Keyword[] Keywords(RuleContext context, string pointer) => context.Text.Field(pointer).Get(ParsedKeywords);

    private static readonly FieldFact<Keyword[]> ParsedKeywords = new(static f => Parse(f.Text));

    /// <summary>Whether one of <paramref name="keywords"/> is <paramref name="word"/>, ignoring case.</summary>
    public static bool Lists(Keyword[] keywords, string word)
    {
        foreach (var k in keywords)
            if (string.Equals(k.Value, word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Whether the opt-in part applies: the campaign says it takes opt-ins by keyword, or lists opt-in keywords.</summary>
    public static bool OptInDeclared(RuleContext context) =>
        context.Campaign.SubscriberOptin == true || Keywords(context, Fields.OptinKeywords).Length > 0;

    /// <summary>
    /// "No more messages will be sent". Adds to <see cref="FieldAnalysis.NoFurtherMessages"/> typographic apostrophes
    /// ("won’t") and first-person forms ("we won't text you again", "we will not send you any more messages").
    /// </summary>
    public static TextMatch? NoFurtherMessages(FieldAnalysis field)
    {
        if (field.IsEmpty) return null;
        if (field.NoFurtherMessages is { } m) return m;
        var text = Straighten(field.Text);
        if (!ReferenceEquals(text, field.Text) && Disclosures.FindNoFurtherMessages(text) is { } straight)
            return At(field.Text, straight.Start, straight.Length);
        var extra = ExtraNoFurther().Match(text);
        return extra.Success ? At(field.Text, extra.Index, extra.Length) : null;
    }

    /// <summary>
    /// An instruction to opt out with one of <paramref name="accepted"/> (every common opt-out word when empty).
    /// Adds to <see cref="FieldAnalysis.OptOutInstruction"/> capitalised keywords after a reply verb that the
    /// shared finder misses ("Reply STOP at any time to cancel", "Reply HELP or STOP").
    /// </summary>
    public static TextMatch? OptOutInstruction(FieldAnalysis field, Keyword[] accepted)
    {
        if (field.IsEmpty) return null;
        var words = accepted.Length == 0 ? AcceptedWords.CommonOptOut : new AcceptedWords(accepted, null);
        if (field.OptOutInstruction is { } m && NamesKeyword(m.Value, words)) return m;
        return CapitalisedAfterVerb(field.Text, words);
    }

    /// <summary>
    /// An instruction to text HELP (or one of the listed help keywords). Adds capitalised keywords after a reply verb
    /// to <see cref="FieldAnalysis.HelpInstruction"/> ("Reply STOP or HELP").
    /// </summary>
    public static TextMatch? HelpInstruction(FieldAnalysis field, Keyword[] listed)
    {
        if (field.IsEmpty) return null;
        if (field.HelpInstruction is { } m) return m;
        return CapitalisedAfterVerb(field.Text, new AcceptedWords(listed, "HELP"));
    }

    /// <summary>
    /// The brand named in words in a reply. A name that appears only run together inside a web or e-mail address
    /// ("support@acmedental.com") does not count: reviewers want the name itself. A brand whose name is a domain
    /// ("StayFinder.com") is named by it (see <see cref="BrandNameMatcher.FindInWords"/>).
    /// </summary>
    public static TextMatch? BrandName(RuleContext context, FieldAnalysis field) => field.BrandInWords;

    /// <summary>The names of the brand for messages: the display and legal names, quoted.</summary>
    public static string BrandNames(RuleContext context) => OptInMessageMissingBrandNameRule.Names(context);

    /// <summary>A short quotation for finding messages.</summary>
    public static string Quote(string text, int max = 80)
    {
        var t = text.Trim();
        return "\"" + (t.Length <= max ? t : string.Concat(t.AsSpan(0, max - 1), "…")) + "\"";
    }

    public static Finding Missing(KeywordPart part, string what) => new(
        $"There is no {part.MessageName}, so nothing tells consumers {what}.",
        Evidence.Field(part.MessagePointer, null));

    /// <summary>Public URL shorteners in one keyword reply: a finding for each link.</summary>
    public static Check Shorteners(RuleContext context, KeywordPart part)
    {
        var field = context.Text.Field(part.MessagePointer);
        if (field.IsEmpty) return Check.Passed($"no {part.MessageName} to check");
        var findings = new List<Finding>();
        foreach (var url in field.Urls)
            if (context.Data.IsShortener(url.Host))
                findings.Add(new Finding(
                    $"The {part.MessageName} links through the public shortener {url.Host} (\"{url.Value}\"); carriers refuse these because they hide where the link goes.",
                    Evidence.Words(part.MessagePointer, field.Text, url.Start, url.Length)));
        return Check.From(findings);
    }

    /// <summary>
    /// Every element the DCA's keyword-response review (611 and its family) looks for, one finding per missing element.
    /// The opt-in reply is judged when it is there or when the campaign declares keyword opt-in; the opt-out and HELP
    /// replies are always required.
    /// </summary>
    /// <summary><see cref="Audit"/>, computed once per submission (callers copy before adding to it).</summary>
    public static readonly ContextFact<IReadOnlyList<Finding>> AuditFact = new(static c => Audit(c));

    public static List<Finding> Audit(RuleContext context)
    {
        var findings = new List<Finding>();
        var optIn = context.Text.Field(Fields.OptinMessage);
        if (optIn.IsEmpty)
        {
            if (OptInDeclared(context)) findings.Add(Missing(OptIn, "who is texting, how often, what it costs and how to get help or leave"));
        }
        else
        {
            Need(findings, optIn, BrandName(context, optIn) is not null, "the brand name");
            Need(findings, optIn, HelpInstruction(optIn, Keywords(context, Fields.HelpKeywords)) is not null, "a HELP instruction (e.g. \"Reply HELP for help\")");
            Need(findings, optIn, OptOutInstruction(optIn, []) is not null, "an opt-out instruction (e.g. \"Reply STOP to cancel\")");
            Need(findings, optIn, optIn.Frequency is not null, "the message frequency (e.g. \"Msg frequency varies\")");
            Need(findings, optIn, optIn.RatesNotice is not null, "the \"Msg & data rates may apply\" notice");
        }

        var optOut = context.Text.Field(Fields.OptoutMessage);
        if (optOut.IsEmpty) findings.Add(Missing(OptOut, "which brand they left and that messages have stopped"));
        else
        {
            Need(findings, optOut, BrandName(context, optOut) is not null, "the brand name");
            Need(findings, optOut, NoFurtherMessages(optOut) is not null, "a confirmation that no further messages will be sent");
        }

        var help = context.Text.Field(Fields.HelpMessage);
        if (help.IsEmpty) findings.Add(Missing(Help, "which brand is texting and how to reach support"));
        else
        {
            Need(findings, help, BrandName(context, help) is not null, "the brand name");
            Need(findings, help, help.SupportContact is not null, "a support phone number, e-mail address or website");
        }
        return findings;

        static void Need(List<Finding> list, FieldAnalysis field, bool present, string what)
        {
            if (present) return;
            var name = "";
            foreach (var p in Parts)
                if (p.MessagePointer == field.Pointer) { name = p.MessageName; break; }
            list.Add(new Finding($"The {name} lacks {what}.", Evidence.Field(field.Pointer, field.Text)));
        }
    }

    /// <summary>
    /// The words an instruction may name, matched ignoring case: the listed keywords (and one more word), or the common
    /// opt-out words when <c>Listed</c> is null. Compared in place, so that no set or token string is built per reply.
    /// </summary>
    internal readonly record struct AcceptedWords(Keyword[]? Listed, string? Extra)
    {
        public static readonly AcceptedWords CommonOptOut = new(null, null);

        private static readonly string[] Common = [.. CommonOptOutWords];

        public bool Contains(ReadOnlySpan<char> word)
        {
            if (Listed is null)
            {
                foreach (var w in Common)
                    if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
                return false;
            }
            foreach (var k in Listed)
                if (word.Equals(k.Value, StringComparison.OrdinalIgnoreCase)) return true;
            return Extra is not null && word.Equals(Extra, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// Whether the two words run together are one of the words ("OPT OUT", "STOP ALL"). Both are ASCII (see
        /// <see cref="NextWord"/>), so comparing each half with its part of a word, ignoring case, is comparing the
        /// joined string: a surrogate pair cut in two equals no ASCII letter either way.
        /// </summary>
        public bool ContainsJoined(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
        {
            if (Listed is null)
            {
                foreach (var w in Common)
                    if (Joins(w, first, second)) return true;
                return false;
            }
            foreach (var k in Listed)
                if (Joins(k.Value, first, second)) return true;
            return Extra is not null && Joins(Extra, first, second);
        }

        private static bool Joins(string word, ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
            word.Length == first.Length + second.Length
            && word.AsSpan(0, first.Length).Equals(first, StringComparison.OrdinalIgnoreCase)
            && word.AsSpan(first.Length).Equals(second, StringComparison.OrdinalIgnoreCase);
    }

    internal static bool NamesKeyword(string instruction, AcceptedWords words)
    {
        int at = 0, previous = -1, previousLength = 0;
        while (NextWord(instruction, ref at, out var start, out var length))
        {
            var token = instruction.AsSpan(start, length);
            if (words.Contains(token)) return true;
            if (previous >= 0 && words.ContainsJoined(instruction.AsSpan(previous, previousLength), token)) return true; // "OPT OUT", "STOP ALL"
            previous = start;
            previousLength = length;
        }
        return false;
    }

    internal static TextMatch? CapitalisedAfterVerb(string text, AcceptedWords words)
    {
        // The last four words before the current one, in a ring: a verb counts up to four words back.
        Span<int> starts = stackalloc int[4];
        Span<int> lengths = stackalloc int[4];
        int at = 0, count = 0;
        while (NextWord(text, ref at, out var start, out var length))
        {
            var t = text.AsSpan(start, length);
            // A word holds only ASCII letters and a hyphen, so it is in capitals when it has no a-z.
            if (words.Contains(t) && !t.ContainsAnyInRange('a', 'z'))
            {
                for (var back = 1; back <= 4 && back <= count; back++)
                {
                    var k = (count - back) & 3;
                    if (!IsVerb(text.AsSpan(starts[k], lengths[k]))) continue;
                    var end = start + length;
                    return new TextMatch(starts[k], end - starts[k], text[starts[k]..end]);
                }
            }
            starts[count & 3] = start;
            lengths[count & 3] = length;
            count++;
        }
        return null;
    }

    /// <summary>
    /// The next word from <paramref name="at"/> on, as <c>[A-Za-z]+(?:-[A-Za-z]+)?</c> finds them one after another
    /// (see <see cref="Words"/>, which the tests hold this to); moves <paramref name="at"/> past it.
    /// </summary>
    internal static bool NextWord(string text, ref int at, out int start, out int length)
    {
        var skip = at < text.Length ? text.AsSpan(at).IndexOfAny(AsciiLetters) : -1;
        if (skip < 0)
        {
            at = text.Length;
            start = length = 0;
            return false;
        }
        var i = start = at + skip;
        while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
        if (i + 1 < text.Length && text[i] == '-' && char.IsAsciiLetter(text[i + 1]))
        {
            i += 2;
            while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
        }
        at = i;
        length = i - start;
        return true;
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    // The reply verbs of Verb(), which a whole word matches ignoring case; a word is ASCII, so ordinal comparison
    // ignoring case is the pattern's.
    private static readonly string[] Verbs = ["reply", "replying", "respond", "responding", "text", "texting", "txt", "send", "sending", "msg", "sms"];

    internal static bool IsVerb(ReadOnlySpan<char> word)
    {
        foreach (var v in Verbs)
            if (word.Equals(v, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static string Straighten(string s) =>
        s.AsSpan().IndexOfAny('’', '‘') < 0 ? s : s.Replace('’', '\'').Replace('‘', '\'');

    private static TextMatch At(string text, int start, int length) => new(start, length, text.Substring(start, length));

    // The word and verb patterns NextWord and IsVerb stand in for; the tests compare them.
    [GeneratedRegex(@"[A-Za-z]+(?:-[A-Za-z]+)?", RegexOptions.CultureInvariant, T)]
    private static partial Regex WordsShared();
    internal static Regex Words() => ThreadRegex.Local(WordsShared());

    [GeneratedRegex(@"^(?:reply|replying|respond|responding|text|texting|txt|send|sending|msg|sms)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, T)]
    private static partial Regex VerbShared();
    internal static Regex Verb() => ThreadRegex.Local(VerbShared());

    [GeneratedRegex(@"\b(?:won't|wont|will\s+not|will\s+never|shall\s+not)\s+(?:text|message|msg|sms|contact|send|email)\s+you(?:\s+(?:any\s*more|anymore|again|further|more))|\b(?:won't|wont|will\s+not|will\s+never)\s+be\s+(?:contacted|texted|messaged)\s+(?:again|anymore|any\s*more|further)|\b(?:won't|wont|will\s+not)\s+hear\s+from\s+us\s+(?:again|anymore|any\s*more)|\b(?:will|'ll)\s+(?:now\s+)?stop\s+(?:receiving|getting)\b|\b(?:msgs?|messages?|texts?|alerts?)\s+(?:are\s+|have\s+been\s+|has\s+been\s+)?(?:now\s+)?(?:stopped|ended|discontinued|turned\s+off)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, T)]
    private static partial Regex ExtraNoFurtherShared();
    private static Regex ExtraNoFurther() => ThreadRegex.Local(ExtraNoFurtherShared());
}

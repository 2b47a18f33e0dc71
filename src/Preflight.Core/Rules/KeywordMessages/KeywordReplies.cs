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
    public static IReadOnlyList<Keyword> Parse(string? field)
    {
        if (string.IsNullOrWhiteSpace(field)) return [];
        var list = new List<Keyword>();
        var start = 0;
        for (var i = 0; i <= field.Length; i++)
        {
            if (i < field.Length && field[i] is not (',' or ';' or '\n' or '\r')) continue;
            var s = start;
            var e = i;
            while (s < e && char.IsWhiteSpace(field[s])) s++;
            while (e > s && char.IsWhiteSpace(field[e - 1])) e--;
            if (e > s) list.Add(new Keyword(field[s..e], s, e - s));
            start = i + 1;
        }
        return list;
    }

    /// <summary><see cref="Parse"/> of one of the submission's keyword fields, read once per submission.</summary>
    public static IReadOnlyList<Keyword> Keywords(RuleContext context, string pointer) => context.Text.Field(pointer).Get(ParsedKeywords);

    private static readonly FieldFact<IReadOnlyList<Keyword>> ParsedKeywords = new(static f => Parse(f.Text));

    /// <summary>Whether the opt-in part applies: the campaign says it takes opt-ins by keyword, or lists opt-in keywords.</summary>
    public static bool OptInDeclared(RuleContext context) =>
        context.Campaign.SubscriberOptin == true || Keywords(context, Fields.OptinKeywords).Count > 0;

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
    public static TextMatch? OptOutInstruction(FieldAnalysis field, IReadOnlyList<Keyword> accepted)
    {
        if (field.IsEmpty) return null;
        IReadOnlySet<string> words = accepted.Count == 0
            ? OptOutWordSet
            : accepted.Select(k => k.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (field.OptOutInstruction is { } m && NamesKeyword(m.Value, words)) return m;
        return CapitalisedAfterVerb(field.Text, words);
    }

    /// <summary>
    /// An instruction to text HELP (or one of the listed help keywords). Adds capitalised keywords after a reply verb
    /// to <see cref="FieldAnalysis.HelpInstruction"/> ("Reply STOP or HELP").
    /// </summary>
    public static TextMatch? HelpInstruction(FieldAnalysis field, IReadOnlyList<Keyword> listed)
    {
        if (field.IsEmpty) return null;
        if (field.HelpInstruction is { } m) return m;
        var words = listed.Select(k => k.Value).Append("HELP").ToHashSet(StringComparer.OrdinalIgnoreCase);
        return CapitalisedAfterVerb(field.Text, words);
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
        var c = context.Campaign;
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
            var name = Parts.First(p => p.MessagePointer == field.Pointer).MessageName;
            list.Add(new Finding($"The {name} lacks {what}.", Evidence.Field(field.Pointer, field.Text)));
        }
    }

    private static bool NamesKeyword(string instruction, IReadOnlySet<string> words)
    {
        var tokens = new List<string>();
        foreach (var w in Words().EnumerateMatches(instruction)) tokens.Add(instruction.Substring(w.Index, w.Length));
        for (var i = 0; i < tokens.Count; i++)
        {
            if (words.Contains(tokens[i])) return true;
            if (i + 1 < tokens.Count && words.Contains(tokens[i] + tokens[i + 1])) return true; // "OPT OUT", "STOP ALL"
        }
        return false;
    }

    private static TextMatch? CapitalisedAfterVerb(string text, IReadOnlySet<string> words)
    {
        var tokens = Words().Matches(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i].Value;
            if (!words.Contains(t) || !string.Equals(t, t.ToUpperInvariant(), StringComparison.Ordinal)) continue;
            for (var j = i - 1; j >= 0 && j >= i - 4; j--)
                if (Verb().IsMatch(tokens[j].Value))
                    return new TextMatch(tokens[j].Index, tokens[i].Index + t.Length - tokens[j].Index, text[tokens[j].Index..(tokens[i].Index + t.Length)]);
        }
        return null;
    }

    private static string Straighten(string s) =>
        s.AsSpan().IndexOfAny('’', '‘') < 0 ? s : s.Replace('’', '\'').Replace('‘', '\'');

    private static TextMatch At(string text, int start, int length) => new(start, length, text.Substring(start, length));

    [GeneratedRegex(@"[A-Za-z]+(?:-[A-Za-z]+)?", RegexOptions.CultureInvariant, T)]
    private static partial Regex Words();

    [GeneratedRegex(@"^(?:reply|replying|respond|responding|text|texting|txt|send|sending|msg|sms)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, T)]
    private static partial Regex Verb();

    [GeneratedRegex(@"\b(?:won't|wont|will\s+not|will\s+never|shall\s+not)\s+(?:text|message|msg|sms|contact|send|email)\s+you(?:\s+(?:any\s*more|anymore|again|further|more))|\b(?:won't|wont|will\s+not|will\s+never)\s+be\s+(?:contacted|texted|messaged)\s+(?:again|anymore|any\s*more|further)|\b(?:won't|wont|will\s+not)\s+hear\s+from\s+us\s+(?:again|anymore|any\s*more)|\b(?:will|'ll)\s+(?:now\s+)?stop\s+(?:receiving|getting)\b|\b(?:msgs?|messages?|texts?|alerts?)\s+(?:are\s+|have\s+been\s+|has\s+been\s+)?(?:now\s+)?(?:stopped|ended|discontinued|turned\s+off)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, T)]
    private static partial Regex ExtraNoFurther();
}

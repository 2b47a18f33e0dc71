using System.Text.RegularExpressions;

namespace Preflight.Core.Text;

/// <summary>
/// Whether words are negated within their clause ("we will never share", "not used for affiliate marketing"). Marketing
/// idioms that only look negative ("don't miss our flash sale", "never miss a deal", "not only…") do not negate.
/// </summary>
public static partial class Negation
{
    private const int Window = 60;

    public static bool IsNegated(string text, int index) => IsNegated(text.AsSpan(), index);

    /// <summary><see cref="IsNegated(string, int)"/> of a part of a text (a sentence), without copying it out.</summary>
    internal static bool IsNegated(ReadOnlySpan<char> text, int index)
    {
        // Only the current clause counts.
        var before = ClauseBefore(text, index);
        if (before.IsEmpty || !NegatorWords.MayMatch(before)) return false;
        foreach (var m in NegatorPattern().EnumerateMatches(before))
        {
            var after = before[(m.Index + m.Length)..];
            if (!NotANegation().IsMatch(after)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the rest of the clause after <paramref name="end"/> says the thing just named does not happen ("patients
    /// in our database are never texted", "…are not enrolled unless they opt in"). A condition that is only an
    /// opt-out ("unless they reply STOP") or a consumer's own refusal ("even if they did not opt in") does not deny.
    /// </summary>
    public static bool IsDeniedAfter(string text, int end)
    {
        var after = ClauseAfter(text, end);
        return !after.IsEmpty && DeniedAfterPattern().IsMatch(after);
    }

    /// <summary>
    /// The clause before <paramref name="start"/>: back to the last sentence or clause mark, at most
    /// <paramref name="window"/> characters.
    /// </summary>
    internal static ReadOnlySpan<char> ClauseBefore(string text, int start, int window = Window) =>
        ClauseBefore(text.AsSpan(), start, window);

    /// <summary><see cref="ClauseBefore(string, int, int)"/> in a part of a text.</summary>
    internal static ReadOnlySpan<char> ClauseBefore(ReadOnlySpan<char> text, int start, int window = Window)
    {
        if (start <= 0) return [];
        var from = Math.Max(0, Math.Min(start, text.Length) - window);
        var before = text.Slice(from, Math.Min(start, text.Length) - from);
        var cut = before.LastIndexOfAny(".;!?\n");
        return cut >= 0 ? before[(cut + 1)..] : before;
    }

    /// <summary>The rest of the clause from <paramref name="end"/>: up to the next sentence or clause mark, at most 60 characters.</summary>
    internal static ReadOnlySpan<char> ClauseAfter(string text, int end)
    {
        if (end < 0 || end >= text.Length) return [];
        var after = text.AsSpan(end, Math.Min(Window, text.Length - end));
        var cut = after.IndexOfAny(".;!?\n");
        return cut >= 0 ? after[..cut] : after;
    }

    [GeneratedRegex(@"\b(?:never|not|no\s+longer|aren['’]t|isn['’]t|won['’]t|wont)\s+(?:be\s+|been\s+|get\s+|automatically\s+)*(?:texted|messaged|contacted|enrolled|added|subscribed|sent\s+(?:texts?|messages?)|used|included)\b|\bunless\s+(?:they|you|he|she|the\s+\w+)\s+(?:first\s+|explicitly\s+|separately\s+|personally\s+|have\s+|has\s+)*(?:opt(?:s|ed)?[\s-]?in|consent(?:s|ed)?|sign(?:s|ed)?\s+up|agree(?:s|d)?|request(?:s|ed)?|ask(?:s|ed)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex DeniedAfterPatternShared();
    private static Regex DeniedAfterPattern() => ThreadRegex.Local(DeniedAfterPatternShared());

    // Words every negator holds ("no" is in not, none, nor, cannot, "do not"): most clauses have none, and a vector
    // search for them is cheaper than the pattern's search (see RequiredWords).
    private static readonly RequiredWords NegatorWords = new(NegatorPattern(),
        ["no", "never", "without", "won", "don", "doesn", "can", "neither", "exclud", "prohibit", "refrain"]);

    [GeneratedRegex(@"\b(?:not|never|no|none|without|won't|won’t|wont|don't|don’t|dont|doesn't|doesn’t|do not|does not|will not|cannot|can't|can’t|neither|nor|excluding|exclude|excludes|prohibit(?:s|ed)?|refrain)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex NegatorPatternShared();
    private static Regex NegatorPattern() => ThreadRegex.Local(NegatorPatternShared());

    // What follows a negator that makes it an idiom rather than a negation of what comes next.
    [GeneratedRegex(@"^\s+(?:(?:want\s+to\s+|wanna\s+)?miss(?:ed)?|forget|wait|hesitate|delay|worry|pass\s+(?:up|this)|let\b|only|just|to\s+be\s+missed|one\s+to\s+miss|better\s+time|time\s+like)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex NotANegationShared();
    private static Regex NotANegation() => ThreadRegex.Local(NotANegationShared());
}

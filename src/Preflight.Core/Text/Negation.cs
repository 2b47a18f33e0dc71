using System.Text.RegularExpressions;

namespace Preflight.Core.Text;

/// <summary>
/// Whether words are negated within their clause ("we will never share", "not used for affiliate marketing"). Marketing
/// idioms that only look negative ("don't miss our flash sale", "never miss a deal", "not only…") do not negate.
/// </summary>
public static partial class Negation
{
    private const int Window = 60;

    public static bool IsNegated(string text, int index)
    {
        if (index <= 0) return false;
        var from = Math.Max(0, index - Window);
        var before = text.AsSpan(from, index - from);
        // Only the current clause counts: cut at the last sentence or clause boundary.
        var cut = before.LastIndexOfAny(".;!?\n");
        if (cut >= 0) before = before[(cut + 1)..];
        if (before.IsEmpty) return false;
        foreach (var m in NegatorPattern().EnumerateMatches(before))
        {
            var after = before[(m.Index + m.Length)..];
            if (!NotANegation().IsMatch(after)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"\b(?:not|never|no|none|without|won't|won’t|wont|don't|don’t|dont|doesn't|doesn’t|do not|does not|will not|cannot|can't|can’t|neither|nor|excluding|exclude|excludes|prohibit(?:s|ed)?|refrain)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex NegatorPattern();

    // What follows a negator that makes it an idiom rather than a negation of what comes next.
    [GeneratedRegex(@"^\s+(?:(?:want\s+to\s+|wanna\s+)?miss(?:ed)?|forget|wait|hesitate|delay|worry|pass\s+(?:up|this)|let\b|only|just|to\s+be\s+missed|one\s+to\s+miss|better\s+time|time\s+like)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex NotANegation();
}

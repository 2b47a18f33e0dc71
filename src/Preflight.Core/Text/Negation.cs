using System.Text.RegularExpressions;

namespace Preflight.Core.Text;

/// <summary>Whether words are negated within their clause ("we will never share", "not used for affiliate marketing").</summary>
public static partial class Negation
{
    private const int Window = 60;

    public static bool IsNegated(string text, int index)
    {
        var from = Math.Max(0, index - Window);
        var before = text.AsSpan(from, index - from);
        // Only the current clause counts: cut at the last sentence or clause boundary.
        var cut = before.LastIndexOfAny(".;!?\n");
        if (cut >= 0) before = before[(cut + 1)..];
        return NegatorPattern().IsMatch(before);
    }

    [GeneratedRegex(@"\b(?:not|never|no|none|without|won't|wont|don't|dont|doesn't|do not|does not|will not|cannot|can't|neither|nor|excluding|exclude|excludes|prohibit(?:s|ed)?|refrain)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 100)]
    private static partial Regex NegatorPattern();
}

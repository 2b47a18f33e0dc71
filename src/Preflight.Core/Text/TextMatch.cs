using System.Text.RegularExpressions;

namespace Preflight.Core.Text;

/// <summary>Words found in a text: where they start, how long they are, and what they say.</summary>
public sealed record TextMatch(int Start, int Length, string Value)
{
    public int End => Start + Length;

    internal static TextMatch Of(Match m) => new(m.Index, m.Length, m.Value);

    /// <summary>
    /// The leftmost match of <paramref name="regex"/> in <paramref name="text"/> from <paramref name="start"/> on, as
    /// <see cref="Regex.Match(string, int)"/> finds it, or null; without the <see cref="Match"/> object, whose groups a
    /// caller wanting only the words does not read.
    /// </summary>
    internal static TextMatch? First(Regex regex, string text, int start = 0)
    {
        // Callers may hold an instance made on another thread (a gate built at start-up): match on this thread's own.
        foreach (var m in ThreadRegex.Local(regex).EnumerateMatches(text, start))
            return new TextMatch(m.Index, m.Length, text.Substring(m.Index, m.Length));
        return null;
    }
}

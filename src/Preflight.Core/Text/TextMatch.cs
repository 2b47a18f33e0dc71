namespace Preflight.Core.Text;

/// <summary>Words found in a text: where they start, how long they are, and what they say.</summary>
public sealed record TextMatch(int Start, int Length, string Value)
{
    public int End => Start + Length;

    internal static TextMatch Of(System.Text.RegularExpressions.Match m) => new(m.Index, m.Length, m.Value);
}

using Preflight.Core.Engine;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>The opt-in, opt-out and HELP replies answer different requests, so they cannot be the same text.</summary>
public sealed class KeywordRepliesIdenticalRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF212",
        Title = "Two keyword replies are the same text",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "Write a separate reply for each keyword: the opt-in reply welcomes and discloses, the opt-out reply confirms the stop, the HELP reply gives support contacts.",
    };

    public override Check Evaluate(RuleContext context)
    {
        List<Finding>? findings = null;
        var parts = KeywordReplies.Parts;
        // The texts from the shared analysis (the same strings as the submission's, "" for none), read once each.
        ReadOnlySpan<string> texts = [Text(context, parts[0]), Text(context, parts[1]), Text(context, parts[2])];
        for (var j = 1; j < parts.Count; j++)
        {
            var b = texts[j];
            if (string.IsNullOrWhiteSpace(b)) continue;
            var i = -1;
            for (var k = 0; k < j && i < 0; k++)
                if (SameWords(texts[k], b)) i = k;
            if (i < 0) continue;
            (findings ??= []).Add(new Finding(
                $"The {parts[j].MessageName} is the same text as the {parts[i].MessageName}.",
                Evidence.Field(parts[j].MessagePointer, b)));
        }
        return findings is null ? Check.Pass : Check.From(findings);

        static string Text(RuleContext context, KeywordPart part) => context.Text.Field(part.MessagePointer).Text;
    }

    /// <summary>The same words in the same order, ignoring case and how the words are spaced.</summary>
    internal static bool SameWords(string? a, string b)
    {
        if (string.IsNullOrWhiteSpace(a)) return false;
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && char.IsWhiteSpace(a[i])) i++;
            while (j < b.Length && char.IsWhiteSpace(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            int ei = i, ej = j;
            while (ei < a.Length && !char.IsWhiteSpace(a[ei])) ei++;
            while (ej < b.Length && !char.IsWhiteSpace(b[ej])) ej++;
            if (!a.AsSpan(i, ei - i).Equals(b.AsSpan(j, ej - j), StringComparison.OrdinalIgnoreCase)) return false;
            i = ei;
            j = ej;
        }
    }
}

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
        var findings = new List<Finding>();
        var parts = KeywordReplies.Parts;
        var texts = parts.Select(p => Normalise(context.Submission.Text(p.MessagePointer))).ToArray();
        for (var j = 1; j < parts.Count; j++)
        {
            if (texts[j] is null) continue;
            var i = Array.FindIndex(texts, 0, j, t => t == texts[j]);
            if (i < 0) continue;
            findings.Add(new Finding(
                $"The {parts[j].MessageName} is the same text as the {parts[i].MessageName}.",
                Evidence.Field(parts[j].MessagePointer, context.Submission.Text(parts[j].MessagePointer))));
        }
        return Check.From(findings);
    }

    private static string? Normalise(string? s) =>
        string.IsNullOrWhiteSpace(s) ? null : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}

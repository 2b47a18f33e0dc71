using Preflight.Core.Engine;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>A keyword means one thing: not listed twice, not in two lists, not a word reserved for another purpose.</summary>
public sealed class KeywordConflictRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF209",
        Title = "Keyword listed twice or in the wrong list",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "Give each keyword one meaning: opt-out words (STOP, END, CANCEL…) only in the opt-out list, HELP and INFO only in the help list, START and other join words only in the opt-in list, each listed once.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var findings = new List<Finding>();
        var seen = new Dictionary<string, KeywordPart>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in KeywordReplies.Parts)
        {
            var raw = context.Submission.Text(part.KeywordsPointer);
            var inThisList = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var k in KeywordReplies.Keywords(context, part.KeywordsPointer))
            {
                var message = Conflict(k.Value, part, inThisList, seen);
                inThisList.Add(k.Value);
                seen.TryAdd(k.Value, part);
                if (message is not null)
                    findings.Add(new Finding(message, Evidence.Words(part.KeywordsPointer, raw!, k.Start, k.Length)));
            }
        }
        return Check.From(findings);
    }

    private static string? Conflict(string keyword, KeywordPart part, HashSet<string> inThisList, Dictionary<string, KeywordPart> seen)
    {
        if (inThisList.Contains(keyword)) return $"\"{keyword}\" is listed twice in the {part.ListName}.";
        var owner = Owner(keyword);
        if (owner is not null && owner != part)
            return $"\"{keyword}\" is listed in the {part.ListName}, but carriers treat it as one of the {owner.ListName}.";
        if (owner is null && seen.TryGetValue(keyword, out var earlier) && earlier != part)
            return $"\"{keyword}\" is listed in both the {earlier.ListName} and the {part.ListName}.";
        return null;
    }

    private static KeywordPart? Owner(string keyword) =>
        KeywordReplies.OptOutWordSet.Contains(keyword) ? KeywordReplies.OptOut
        : KeywordReplies.HelpWordSet.Contains(keyword) ? KeywordReplies.Help
        : KeywordReplies.OptInWordSet.Contains(keyword) ? KeywordReplies.OptIn
        : null;
}

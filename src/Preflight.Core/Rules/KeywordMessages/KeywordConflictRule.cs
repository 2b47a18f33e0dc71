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
        ReadOnlySpan<Keyword[]> lists =
        [
            KeywordReplies.Keywords(context, KeywordReplies.OptIn.KeywordsPointer),
            KeywordReplies.Keywords(context, KeywordReplies.OptOut.KeywordsPointer),
            KeywordReplies.Keywords(context, KeywordReplies.Help.KeywordsPointer),
        ];
        // The lists are short, so each keyword is compared with those before it, which needs no set or dictionary;
        // long lists (hostile input) take the sets, which give the same answers (see the tests).
        var conflicts = lists[0].Length + lists[1].Length + lists[2].Length > 64 ? WithSets(lists) : ByComparing(lists);
        if (conflicts is null) return Check.Pass;
        var findings = new List<Finding>(conflicts.Count);
        foreach (var (part, k, message) in conflicts)
            findings.Add(new Finding(message, Evidence.Words(part.KeywordsPointer, context.Submission.Text(part.KeywordsPointer)!, k.Start, k.Length)));
        return Check.From(findings);
    }

    /// <summary>The conflicts of the opt-in, opt-out and help lists, in reading order; null when there are none.</summary>
    internal static List<(KeywordPart Part, Keyword Keyword, string Message)>? ByComparing(ReadOnlySpan<Keyword[]> lists)
    {
        List<(KeywordPart, Keyword, string)>? conflicts = null;
        for (var p = 0; p < lists.Length; p++)
        {
            var part = KeywordReplies.Parts[p];
            var list = lists[p];
            for (var i = 0; i < list.Length; i++)
            {
                var message = Conflict(list[i].Value, part, InThisList(list, i), Earlier(lists, p, i));
                if (message is not null) (conflicts ??= []).Add((part, list[i], message));
            }
        }
        return conflicts;

        // Whether the keyword is listed before, in its own list.
        static bool InThisList(Keyword[] list, int i)
        {
            for (var j = 0; j < i; j++)
                if (string.Equals(list[j].Value, list[i].Value, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        // The part whose list first holds the keyword: the entry a dictionary filled in reading order would keep.
        static KeywordPart? Earlier(ReadOnlySpan<Keyword[]> lists, int p, int i)
        {
            var keyword = lists[p][i].Value;
            for (var q = 0; q <= p; q++)
            {
                var list = lists[q];
                var upTo = q == p ? i : list.Length;
                for (var j = 0; j < upTo; j++)
                    if (string.Equals(list[j].Value, keyword, StringComparison.OrdinalIgnoreCase)) return KeywordReplies.Parts[q];
            }
            return null;
        }
    }

    /// <summary><see cref="ByComparing"/> as first written, with a set per list and a dictionary of where each keyword was first seen.</summary>
    internal static List<(KeywordPart Part, Keyword Keyword, string Message)>? WithSets(ReadOnlySpan<Keyword[]> lists)
    {
        var conflicts = new List<(KeywordPart, Keyword, string)>();
        var seen = new Dictionary<string, KeywordPart>(StringComparer.OrdinalIgnoreCase);
        for (var p = 0; p < lists.Length; p++)
        {
            var part = KeywordReplies.Parts[p];
            var inThisList = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var k in lists[p])
            {
                var message = Conflict(k.Value, part, inThisList.Contains(k.Value), seen.GetValueOrDefault(k.Value));
                inThisList.Add(k.Value);
                seen.TryAdd(k.Value, part);
                if (message is not null) conflicts.Add((part, k, message));
            }
        }
        return conflicts.Count == 0 ? null : conflicts;
    }

    private static string? Conflict(string keyword, KeywordPart part, bool inThisList, KeywordPart? earlier)
    {
        if (inThisList) return $"\"{keyword}\" is listed twice in the {part.ListName}.";
        var owner = Owner(keyword);
        if (owner is not null && owner != part)
            return $"\"{keyword}\" is listed in the {part.ListName}, but carriers treat it as one of the {owner.ListName}.";
        if (owner is null && earlier is not null && earlier != part)
            return $"\"{keyword}\" is listed in both the {earlier.ListName} and the {part.ListName}.";
        return null;
    }

    private static KeywordPart? Owner(string keyword) =>
        KeywordReplies.OptOutWordSet.Contains(keyword) ? KeywordReplies.OptOut
        : KeywordReplies.HelpWordSet.Contains(keyword) ? KeywordReplies.Help
        : KeywordReplies.OptInWordSet.Contains(keyword) ? KeywordReplies.OptIn
        : null;
}

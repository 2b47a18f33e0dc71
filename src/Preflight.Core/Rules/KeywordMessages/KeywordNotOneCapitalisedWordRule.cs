using Preflight.Core.Engine;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>Each keyword is one word in capital letters: no spaces, no lower case, no punctuation.</summary>
public sealed class KeywordNotOneCapitalisedWordRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF200",
        Title = "Keyword is not a single word in capital letters",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "Write every keyword as one upper-case word and separate keywords with commas: \"STOP,END,CANCEL\", not \"stop, Stop All\".",
    };

    public override Check Evaluate(RuleContext context)
    {
        List<Finding>? findings = null;
        foreach (var part in KeywordReplies.Parts)
        {
            var raw = context.Submission.Text(part.KeywordsPointer);
            foreach (var k in KeywordReplies.Keywords(context, part.KeywordsPointer))
            {
                if (IsCapitalisedWord(k.Value)) continue;
                var problem = Problem(k.Value);
                if (problem is null) continue;
                (findings ??= []).Add(new Finding(
                    $"The {part.ListName} include \"{k.Value}\", which {problem}.",
                    Evidence.Words(part.KeywordsPointer, raw!, k.Start, k.Length)));
            }
        }
        return findings is null ? Check.Pass : Check.From(findings);
    }

    // What most keywords are, found without Problem's three passes: ASCII capitals and digits only, which has no white
    // space, nothing but letters and digits, and no lower case.
    internal static bool IsCapitalisedWord(string keyword) =>
        !keyword.AsSpan().ContainsAnyExceptInRange('0', 'Z') && !keyword.AsSpan().ContainsAnyInRange(':', '@');

    internal static string? Problem(string keyword)
    {
        if (keyword.Any(char.IsWhiteSpace))
            return $"has a space; the registry takes one word per keyword (e.g. {Joined(keyword)})";
        if (!keyword.All(char.IsLetterOrDigit))
            return $"contains characters other than letters and digits (write {Joined(keyword)})";
        if (keyword.Any(char.IsLower))
            return $"is not in capital letters (write {Joined(keyword)})";
        return null;
    }

    // The keyword as it should be written: its letters and digits, in capitals (only for a message).
    private static string Joined(string keyword) => new string(keyword.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
}

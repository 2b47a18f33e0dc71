using Preflight.Core.Engine;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>Each keyword list holds at most six keywords.</summary>
public sealed class TooManyKeywordsRule : Rule
{
    public const int Max = 6;

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF201",
        Title = "More than six keywords in one list",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "Keep at most six keywords per list; carriers honour the standard opt-out and help words even when they are not listed.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var findings = new List<Finding>();
        foreach (var part in KeywordReplies.Parts)
        {
            var raw = context.Submission.Text(part.KeywordsPointer);
            var count = KeywordReplies.Keywords(context, part.KeywordsPointer).Length;
            if (count > Max)
                findings.Add(new Finding(
                    $"The {part.ListName} list {count} keywords; the registration form accepts at most {Max}.",
                    Evidence.Field(part.KeywordsPointer, raw)));
        }
        return Check.From(findings);
    }
}

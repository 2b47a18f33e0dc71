using Preflight.Core.Engine;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>Keyword replies shorter than 20 characters are refused by the registration forms and cannot hold the required elements.</summary>
public sealed class KeywordReplyTooShortRule : Rule
{
    public const int Min = 20;

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF202",
        Title = "Keyword reply shorter than 20 characters",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Write each keyword reply as a full sentence of at least 20 characters, with the brand name and what the reply confirms.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var findings = new List<Finding>();
        foreach (var part in KeywordReplies.Parts)
        {
            var text = context.Submission.Text(part.MessagePointer);
            if (string.IsNullOrWhiteSpace(text)) continue;
            var length = text.Trim().Length;
            if (length < Min)
                findings.Add(new Finding(
                    $"The {part.MessageName} \"{text.Trim()}\" is {length} characters long; the minimum is {Min}.",
                    Evidence.Field(part.MessagePointer, text)));
        }
        return Check.From(findings);
    }
}

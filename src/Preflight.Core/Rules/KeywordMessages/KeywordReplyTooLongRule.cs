using Preflight.Core.Engine;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>Keyword replies over 320 characters are refused by registration forms (some stop at 255).</summary>
public sealed class KeywordReplyTooLongRule : Rule
{
    public const int Max = 320;
    public const int StrictMax = 255;

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF203",
        Title = "Keyword reply longer than 320 characters",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "Shorten the reply to 320 characters or fewer (255 to be safe with every provider): keep the brand, the required disclosures and the instructions, and drop the rest.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var findings = new List<Finding>();
        foreach (var part in KeywordReplies.Parts)
        {
            var text = context.Submission.Text(part.MessagePointer);
            if (string.IsNullOrWhiteSpace(text)) continue;
            var length = text.Trim().Length;
            if (length > Max)
                findings.Add(new Finding(
                    $"The {part.MessageName} is {length} characters long; most providers accept at most {Max}, and some only {StrictMax}.",
                    Evidence.Field(part.MessagePointer, text)));
        }
        return Check.From(findings);
    }
}

using Preflight.Core.Engine;

namespace Preflight.Core.Rules.SampleMessages;

/// <summary>Samples must be real messages: at least 20 characters, at most the registry's 1,024.</summary>
public sealed class SampleLengthRule : Rule
{
    public const int Min = 20;
    public const int Max = 1024;

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF300",
        Title = "Sample message is shorter than 20 or longer than 1,024 characters",
        Area = RuleArea.SampleMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Write each sample as the complete text a consumer would receive: brand, content and opt-out, between 20 and 1,024 characters.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var findings = new List<Finding>();
        foreach (var s in context.Samples)
        {
            var length = s.Value.Trim().Length;
            if (length is >= Min and <= Max) continue;
            findings.Add(new Finding(
                length < Min
                    ? $"{SampleFields.Name(s.Pointer)} is only {length} characters (\"{s.Value.Trim()}\"); samples need at least {Min}."
                    : $"{SampleFields.Name(s.Pointer)} is {length} characters; the registry accepts at most {Max}.",
                Evidence.Field(s.Pointer, s.Value)));
        }
        return Check.From(findings);
    }
}

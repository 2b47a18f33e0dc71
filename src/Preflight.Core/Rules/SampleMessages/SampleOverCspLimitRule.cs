using Preflight.Core.Engine;

namespace Preflight.Core.Rules.SampleMessages;

/// <summary>Some providers cut samples at 255 characters; a sample longer than that may not arrive whole.</summary>
public sealed class SampleOverCspLimitRule : Rule
{
    public const int Limit = 255;

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF301",
        Title = "Sample message is longer than 255 characters",
        Area = RuleArea.SampleMessages,
        Severity = Severity.Advice,
        Needs = Needs.Submission,
        Fix = "Keep samples under 255 characters if your provider limits them (several do); shorter samples also read more like real texts.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var findings = new List<Finding>();
        foreach (var s in context.Samples)
        {
            var length = s.Value.Trim().Length;
            if (length <= Limit || length > SampleLengthRule.Max) continue; // over 1,024 is PF300's
            findings.Add(new Finding(
                $"{SampleFields.Name(s.Pointer)} is {length} characters; some providers accept only {Limit}.",
                Evidence.Words(s.Pointer, s.Value, Limit, s.Value.Length - Limit)));
        }
        return Check.From(findings);
    }
}

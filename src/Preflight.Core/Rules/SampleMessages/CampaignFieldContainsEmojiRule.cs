using Preflight.Core.Engine;

namespace Preflight.Core.Rules.SampleMessages;

/// <summary>No campaign field may carry emoji.</summary>
public sealed class CampaignFieldContainsEmojiRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "6103",
        Title = "Campaign field contains emoji",
        Area = RuleArea.SampleMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Take every emoji out of the description, message flow, samples and keyword replies; say it in words instead.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var findings = new List<Finding>();
        foreach (var f in context.CampaignTextFields)
        {
            var first = context.Text.Field(f.Pointer).Emoji;
            if (first is null) continue;
            var all = Preflight.Core.Text.Emoji.Find(f.Value, 6).Select(e => e.Value).Distinct(StringComparer.Ordinal).ToArray();
            findings.Add(new Finding(
                $"{SampleFields.Name(f.Pointer)} contains emoji: {string.Join(" ", all)}.",
                Evidence.Words(f.Pointer, f.Value, first.Start, first.Length)));
        }
        return Check.From(findings);
    }
}

using Preflight.Core.Engine;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Content;

/// <summary>
/// Sample messages with content no age gate can make acceptable: sex, hate, cannabis. Alcohol, firearms and tobacco are
/// allowed behind an age gate and are left to 702, 706 and 707.
/// </summary>
public sealed class ShaftSampleContentRule : Rule
{
    private static readonly (ContentCategory Category, string Noun)[] Categories =
    [
        (ContentCategory.Sexual, "explicit sexual content"),
        (ContentCategory.Hate, "hate speech"),
        (ContentCategory.Cannabis, "cannabis, hemp or CBD"),
    ];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "4100",
        Equivalents = ["30883"],
        Title = "Sample messages contain disallowed SHAFT-C content",
        Area = RuleArea.Content,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Sexual content, hate speech and cannabis, hemp or CBD cannot be sent over 10DLC, so the use case itself is disallowed; do not resubmit this campaign.",
        DoNotResubmit = true,
    };

    public override Check Evaluate(RuleContext context)
    {
        if (context.Samples.Count == 0) return Check.Passed("no sample messages to check");
        var findings = new List<Finding>();
        foreach (var (category, noun) in Categories)
        {
            var mentions = ContentFindings.Mentions(context, category, ContentEvidence.Samples);
            findings.AddRange(ContentFindings.Findings(mentions, m =>
                $"{ContentFindings.Capital(m.Where)} carries {noun}: \"{m.Value}\"."));
        }
        return Check.From(findings);
    }
}

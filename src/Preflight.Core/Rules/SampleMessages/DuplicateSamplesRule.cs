using System.Text;
using Preflight.Core.Engine;

namespace Preflight.Core.Rules.SampleMessages;

/// <summary>Two identical samples count as one; reviewers expect each to show a different message.</summary>
public sealed class DuplicateSamplesRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF303",
        Title = "Two sample messages are the same",
        Area = RuleArea.SampleMessages,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "Make each sample a different message the campaign will really send (a reminder and a confirmation, say), not the same text twice.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var findings = new List<Finding>();
        foreach (var s in context.Samples)
        {
            var key = Key(s.Value);
            if (seen.TryGetValue(key, out var earlier))
                findings.Add(new Finding(
                    $"{SampleFields.Name(s.Pointer)} repeats {SampleFields.Name(earlier)}.",
                    Evidence.Field(s.Pointer, s.Value)));
            else
                seen[key] = s.Pointer;
        }
        return Check.From(findings);
    }

    // Case, spacing and punctuation do not make a sample different.
    private static string Key(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}

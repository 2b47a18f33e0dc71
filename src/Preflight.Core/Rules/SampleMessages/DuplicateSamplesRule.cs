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
        var samples = context.Samples;
        List<Finding>? findings = null;
        for (var i = 1; i < samples.Count; i++)
            for (var j = 0; j < i; j++)
            {
                // The first earlier sample that reads the same; any later one that does reads the same as it too.
                if (!SameMessage(samples[i].Value, samples[j].Value)) continue;
                (findings ??= []).Add(new Finding(
                    $"{SampleFields.Name(samples[i].Pointer)} repeats {SampleFields.Name(samples[j].Pointer)}.",
                    Evidence.Field(samples[i].Pointer, samples[i].Value)));
                break;
            }
        return findings is null ? Check.Pass : Check.From(findings);
    }

    /// <summary>
    /// Whether two samples are the same message: case, spacing and punctuation do not make a sample different, so
    /// their letters and digits are compared, lower-cased, skipping everything else (most pairs differ early).
    /// </summary>
    internal static bool SameMessage(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsLetterOrDigit(a[i])) i++;
            while (j < b.Length && !char.IsLetterOrDigit(b[j])) j++;
            if (i == a.Length || j == b.Length) return i == a.Length && j == b.Length;
            if (a[i] != b[j] && char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[j])) return false;
            i++;
            j++;
        }
    }
}

using Preflight.Core.Engine;

namespace Preflight.Core.Rules.SampleMessages;

/// <summary>Every sample has to say who is texting.</summary>
public sealed class SampleMissingBrandNameRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "8101",
        Equivalents = ["30893"],
        Title = "Sample message does not name the brand",
        Area = RuleArea.SampleMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Begin every sample with the brand name consumers know, e.g. \"Acme Dental: your cleaning is Tue at 10 AM. Reply STOP to opt out.\"",
    };

    public override Check Evaluate(RuleContext context)
    {
        var samples = context.Samples;
        if (samples.Count == 0) return Check.Passed("no sample messages to check");
        if (!context.Text.Brand.HasNames) return Check.NotEvaluated("the brand has no display name, legal name or owner name to look for");
        List<Finding>? findings = null;
        string? names = null;
        foreach (var s in samples)
        {
            // In words: a brand run together inside a link or e-mail address ("brightsmiledental.com/visit") does not
            // tell the reader who is texting.
            if (context.Text.Field(s.Pointer).BrandInWords is not null) continue;
            names ??= Names(context);
            (findings ??= []).Add(new Finding(
                $"{SampleFields.Name(s.Pointer)} does not mention {names}.",
                Evidence.Field(s.Pointer, s.Value)));
        }
        return findings is null ? Check.Pass : Check.From(findings);
    }

    // The names a finding quotes, written only when there is a finding.
    private static string Names(RuleContext context)
    {
        var names = string.Join(" / ", new[] { context.Brand.DisplayName, context.Brand.CompanyName }
            .Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal).Select(n => $"\"{n}\""));
        return names.Length == 0 ? "the brand" : names;
    }
}

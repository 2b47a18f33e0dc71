using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.SampleMessages;

/// <summary>A campaign that combines use cases needs a sample showing each of them.</summary>
public sealed class SampleMissingForUseCaseRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "8102",
        Equivalents = ["30893"],
        Title = "No sample message for one of the selected use cases",
        Area = RuleArea.SampleMessages,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "Give every selected use case and sub-use-case at least one sample that reads like it: for a MIXED campaign with account notifications and marketing, one reminder-style sample and one offer.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var campaign = context.Campaign;
        var samples = context.Samples;
        if (samples.Count == 0)
            return Check.Fail(new Finding(
                "The campaign has no sample message at all, so none of its use cases is shown.",
                Evidence.Field(Fields.Sample1, campaign.Sample1)));
        if (!UseCases.IsComposite(UseCaseSignals.Normalize(campaign.Usecase)))
            return Check.Passed("a single use case; whether the samples fit it is checked by 602");

        var subs = campaign.SubUsecases.Select(UseCaseSignals.Normalize).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (subs.Length == 0) return Check.Passed("no sub-use-cases selected (see PF304)");
        var findings = new List<Finding>();
        var unknown = 0;
        foreach (var sub in subs)
        {
            if (!UseCaseSignals.Recognises(sub)) { unknown++; continue; }
            var shown = samples.Any(s => UseCaseSignals.Find(sub, context.Text.Field(s.Pointer)) is not null);
            if (shown) continue;
            findings.Add(new Finding(
                $"The sub-use-case {sub} is selected but no sample reads like {UseCaseSignals.Article(UseCaseSignals.Describe(sub))} {UseCaseSignals.Describe(sub)} message.",
                Evidence.Field(Fields.SubUsecases, string.Join(", ", subs))));
        }
        if (findings.Count == 0 && unknown == subs.Length) return Check.Passed("no recognisable sub-use-case to look for");
        return Check.From(findings);
    }
}

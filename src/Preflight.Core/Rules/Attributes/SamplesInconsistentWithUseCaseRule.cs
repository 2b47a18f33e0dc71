using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Rules.SampleMessages;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Attributes;

/// <summary>
/// The samples have to look like the use case that was registered: a 2FA campaign shows a code, a charity asks for
/// support, a delivery campaign talks about shipments. Judged by word signals, so a warning.
/// </summary>
public sealed class SamplesInconsistentWithUseCaseRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "602",
        Equivalents = ["30893"],
        Title = "Sample messages do not fit the selected use case",
        Area = RuleArea.Attributes,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "Write samples that are typical of the selected use case (a one-time code for 2FA, a donation appeal for CHARITY, a shipping update for DELIVERY_NOTIFICATION), or register the use case that matches what you will really send.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var c = context.Campaign;
        var useCase = UseCaseSignals.Normalize(c.Usecase);
        if (useCase.Length == 0) return Check.Passed("no use case selected (see 3105)");
        if (UseCases.IsComposite(useCase)) return Check.Passed("a composite use case; its sub-use-cases are checked by 8102");
        if (!UseCaseSignals.Recognises(useCase)) return Check.Passed($"no reliable wording to recognise {useCase} samples by");
        var samples = context.Samples;
        if (samples.Count == 0) return Check.Passed("no sample messages to check (see 3105)");

        var neighbours = UseCaseSignals.Neighbours(useCase);

        // The first sample that fits settles the question; the ones after it are only read again if they carry an offer.
        for (var i = 0; i < samples.Count; i++)
            if (Fits(context, useCase, neighbours, samples[i])) return OffersBesideTheUseCase(context, useCase, neighbours, samples, i);

        var expected = UseCaseSignals.Describe(useCase);
        var findings = new List<Finding>();
        foreach (var s in samples)
        {
            var reads = UseCaseSignals.ReadsAs(context.Text.Field(s.Pointer));
            var instead = reads.Count == 0
                ? ""
                : "; it reads like " + string.Join(" or ", reads.Take(2).Select(UseCaseSignals.Describe));
            findings.Add(new Finding(
                $"{SampleFields.Name(s.Pointer)} does not read like {UseCaseSignals.Article(expected)} {expected} message{instead}, but the use case is {useCase}.",
                Evidence.Field(s.Pointer, s.Value)));
        }
        return Check.From(findings);
    }

    // Some sample fits, but in a use case that excludes promotions another one is an offer and nothing else ("Upgrade
    // to Pro and get your first 2 months free" beside a 2FA code): it shows messages the use case does not cover.
    // The samples before the first fitting one do not fit; one after it is read for its use case only if it is an
    // offer (rule 8200 reads the offers anyway under the same condition).
    private static Check OffersBesideTheUseCase(
        RuleContext context, string useCase, IReadOnlyList<string> neighbours, IReadOnlyList<TextField> samples, int firstFit)
    {
        if (!UseCaseSignals.ExcludesMarketing(context.Campaign)) return Check.Pass;
        List<Finding>? findings = null;
        for (var i = 0; i < samples.Count; i++)
        {
            if (i == firstFit) continue;
            var s = samples[i];
            var promo = context.Text.Field(s.Pointer).Get(SampleFields.PromotionalFact);
            if (promo.Count == 0 || (i > firstFit && Fits(context, useCase, neighbours, s))) continue;
            var expected = UseCaseSignals.Describe(useCase);
            (findings ??= []).Add(new Finding(
                $"{SampleFields.Name(s.Pointer)} is an offer ({SampleFields.Quote(promo.Select(p => p.Value))}), not {UseCaseSignals.Article(expected)} {expected} message, but the use case is {useCase}.",
                Evidence.Words(s.Pointer, s.Value, promo[0].Start, promo[0].Length)));
        }
        return findings is null ? Check.Pass : Check.From(findings);
    }

    // Whether the sample reads as the use case or one of its neighbours, tried in that order.
    private static bool Fits(RuleContext context, string useCase, IReadOnlyList<string> neighbours, TextField sample)
    {
        var field = context.Text.Field(sample.Pointer);
        if (UseCaseSignals.FindNormalized(useCase, field) is not null) return true;
        for (var k = 0; k < neighbours.Count; k++)
            if (UseCaseSignals.FindNormalized(neighbours[k], field) is not null) return true;
        return false;
    }
}

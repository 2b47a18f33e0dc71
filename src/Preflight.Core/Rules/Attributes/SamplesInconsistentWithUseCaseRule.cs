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

        var accepted = UseCaseSignals.Neighbours(useCase).Prepend(useCase).ToArray();
        var expected = UseCaseSignals.Describe(useCase);
        bool Fits(TextField s) => accepted.Any(u => UseCaseSignals.Find(u, context.Text.Field(s.Pointer)) is not null);

        // The first sample that fits settles the question; the ones after it are only read again if they carry an offer.
        var firstFit = -1;
        for (var i = 0; i < samples.Count && firstFit < 0; i++)
            if (Fits(samples[i])) firstFit = i;
        if (firstFit >= 0) return OffersBesideTheUseCase(context, useCase, expected, samples, firstFit, Fits);

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
        RuleContext context, string useCase, string expected, IReadOnlyList<TextField> samples, int firstFit, Func<TextField, bool> fits)
    {
        if (!UseCaseSignals.ExcludesMarketing(context.Campaign)) return Check.Pass;
        var findings = new List<Finding>();
        for (var i = 0; i < samples.Count; i++)
        {
            if (i == firstFit) continue;
            var s = samples[i];
            var promo = context.Text.Field(s.Pointer).Get(SampleFields.PromotionalFact);
            if (promo.Count == 0 || (i > firstFit && fits(s))) continue;
            findings.Add(new Finding(
                $"{SampleFields.Name(s.Pointer)} is an offer ({SampleFields.Quote(promo.Select(p => p.Value))}), not {UseCaseSignals.Article(expected)} {expected} message, but the use case is {useCase}.",
                Evidence.Words(s.Pointer, s.Value, promo[0].Start, promo[0].Length)));
        }
        return Check.From(findings);
    }
}

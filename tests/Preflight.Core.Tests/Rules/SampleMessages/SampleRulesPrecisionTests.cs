using Preflight.Core.Engine;
using Preflight.Core.Rules.Attributes;
using Preflight.Core.Rules.SampleMessages;
using Preflight.Core.Tests.Corpus;

namespace Preflight.Core.Tests.Rules.SampleMessages;

/// <summary>Every sample and attribute rule, warnings and advice included, stays quiet on the compliant corpus.</summary>
public sealed class SampleRulesPrecisionTests
{
    private static readonly Rule[] Rules =
    [
        new SamplesMissingOptOutLanguageRule(), new SampleMissingBrandNameRule(), new SampleMissingForUseCaseRule(),
        new PromotionalSampleWithoutMarketingRule(), new SampleUsesUrlShortenerRule(), new CampaignFieldContainsEmojiRule(),
        new CampaignNotInEnglishRule(), new SampleLengthRule(), new SampleOverCspLimitRule(), new TooFewSamplesRule(),
        new DuplicateSamplesRule(), new SampleLinkNotHttpsRule(),
        new CampaignAttributesContradictSamplesRule(), new SamplesInconsistentWithUseCaseRule(), new RequiredFieldsMissingRule(),
        new SampleLinkOrPhoneWithoutEmbeddedFlagRule(), new EmbeddedPhoneFlagWithoutPhoneRule(), new EmbeddedLinkFlagWithoutLinkRule(),
        new CharityWithoutDonationRule(), new DescriptionMarketingWithoutMarketingUseCaseRule(), new UnknownUseCaseRule(),
        new SubUseCaseCountRule(), new SubUseCaseNotAllowedRule(),
    ];

    public static TheoryData<string> Ids
    {
        get
        {
            var d = new TheoryData<string>();
            foreach (var s in CompliantCorpus.All) d.Add(s.Source);
            d.Add(Golden.Submission.Source);
            return d;
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Compliant_registration_draws_nothing_from_these_rules(string id)
    {
        var s = id == Golden.Submission.Source ? Golden.Submission : CompliantCorpus.All.Single(x => x.Source == id);
        var report = new Evaluator(new RuleCatalog(Rules)).Evaluate(s);
        var bad = report.Results.Where(r => r.Outcome is Outcome.Failed or Outcome.Error).ToArray();
        Assert.True(bad.Length == 0, string.Join("\n", bad.Select(r =>
            $"{r.Rule.Code} {r.Outcome}: {r.Note} {string.Join(" | ", r.Findings.Select(f => f.Message + " [" + f.Evidence.Path + ": " + f.Evidence.Excerpt + "]"))}")));
    }
}

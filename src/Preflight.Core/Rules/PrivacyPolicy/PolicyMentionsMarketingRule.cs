using Preflight.Core.Engine;
using Preflight.Core.Html;
using Preflight.Core.Model;
using Preflight.Core.Sites;

namespace Preflight.Core.Rules.PrivacyPolicy;

/// <summary>A privacy policy that speaks of promotional messages implies marketing texts; the use cases must then include marketing.</summary>
public sealed class PolicyMentionsMarketingRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "7200",
        Equivalents = ["2200", "3200"],
        Title = "Privacy policy mentions marketing messages but the use cases do not include marketing",
        Area = RuleArea.PrivacyPolicy,
        Severity = Severity.Rejection,
        Needs = Needs.PrivacyPage,
        Fix = "Either register a campaign that includes the MARKETING use case, or take the promotional-message wording out of the privacy policy if no marketing texts will be sent.",
    };

    public override Check Evaluate(RuleContext context)
    {
        if (context.Campaign.HasUseCase(UseCases.Marketing)) return Check.Passed("the use cases include marketing");
        return SiteChecks.ForLoaded(context, SiteRoles.Privacy, "privacy policy page", s => Judge(s, context.Campaign));
    }

    private static IEnumerable<Finding> Judge(SiteAnalysis s, Campaign campaign)
    {
        if (s.Policy.MarketingMessages is not { } sentence) yield break;
        yield return new Finding(
            $"The privacy policy at {s.Url} speaks of promotional or marketing messages, but the campaign's use cases ({string.Join(", ", campaign.AllUseCases)}) do not include MARKETING: {SiteChecks.Quote(sentence.Text, 240)}",
            Evidence.Page(s.Url, s.Page!.SelectorOfText(sentence.Text), sentence.Text));
    }
}

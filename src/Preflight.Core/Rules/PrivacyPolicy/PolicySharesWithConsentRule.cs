using Preflight.Core.Engine;
using Preflight.Core.Html;
using Preflight.Core.Sites;

namespace Preflight.Core.Rules.PrivacyPolicy;

/// <summary>Opt-in data may not be shared even with the consumer's consent: "…except with your consent" is not allowed.</summary>
public sealed class PolicySharesWithConsentRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "7108",
        Equivalents = ["805"],
        Title = "Privacy policy lets opt-in data be shared with the consumer's consent",
        Area = RuleArea.PrivacyPolicy,
        Severity = Severity.Rejection,
        Needs = Needs.PrivacyPage,
        Fix = "Remove the consent exception from the non-sharing statement: opt-in data and consent are never shared, sold or rented, with or without the consumer's permission.",
    };

    public override Check Evaluate(RuleContext context) =>
        SiteChecks.ForLoaded(context, SiteRoles.Privacy, "privacy policy page", Judge);

    private static IEnumerable<Finding> Judge(SiteAnalysis s)
    {
        var p = s.Policy;
        if (p.ConsentException is not { } sentence) yield break;
        yield return new Finding(
            $"The privacy policy at {s.Url} lets mobile opt-in data be shared once the consumer agrees (\"{p.ConsentExceptionWords}\"): {SiteChecks.Quote(sentence.Text, 240)}",
            Evidence.Page(s.Url, s.Page!.SelectorOfText(sentence.Text), sentence.Text));
    }
}

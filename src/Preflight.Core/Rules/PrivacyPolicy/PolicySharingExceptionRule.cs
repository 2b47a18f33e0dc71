using Preflight.Core.Engine;
using Preflight.Core.Html;
using Preflight.Core.Sites;

namespace Preflight.Core.Rules.PrivacyPolicy;

/// <summary>The non-sharing statement must not carve out affiliates, partners or marketing.</summary>
public sealed class PolicySharingExceptionRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "7109",
        Equivalents = ["805"],
        Title = "Privacy policy makes an exception for sharing SMS opt-in data",
        Area = RuleArea.PrivacyPolicy,
        Severity = Severity.Rejection,
        Needs = Needs.PrivacyPage,
        Fix = "Remove the exception (affiliates, partners, marketing) from the statement about mobile opt-in data; only service providers that deliver the messages may receive it, and never for marketing.",
    };

    public override Check Evaluate(RuleContext context) =>
        SiteChecks.ForLoaded(context, SiteRoles.Privacy, "privacy policy page", Judge);

    private static IEnumerable<Finding> Judge(SiteAnalysis s)
    {
        var p = s.Policy;
        if (p.DisallowedException is not { } sentence) yield break;
        yield return new Finding(
            $"The privacy policy at {s.Url} excepts some recipients from its promise not to share mobile opt-in data (\"{p.DisallowedExceptionWords}\"): {SiteChecks.Quote(sentence.Text, 240)}",
            Evidence.Page(s.Url, s.Page!.SelectorOfText(sentence.Text), sentence.Text));
    }
}

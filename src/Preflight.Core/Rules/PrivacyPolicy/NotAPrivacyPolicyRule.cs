using Preflight.Core.Engine;
using Preflight.Core.Html;
using Preflight.Core.Sites;

namespace Preflight.Core.Rules.PrivacyPolicy;

/// <summary>The privacy policy link must show a privacy policy, not the home page, a login or another document.</summary>
public sealed class NotAPrivacyPolicyRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "7102",
        Equivalents = ["805"],
        Title = "The privacy policy link does not show a privacy policy",
        Area = RuleArea.PrivacyPolicy,
        Severity = Severity.Rejection,
        Needs = Needs.PrivacyPage,
        Fix = "Point privacyPolicyLink straight at the brand's privacy policy page (titled as such, saying what is collected, how it is used and shared, and how to opt out), not at the home page or a general legal index.",
    };

    public override Check Evaluate(RuleContext context) =>
        SiteChecks.ForLoaded(context, SiteRoles.Privacy, "privacy policy page", Judge);

    private static IEnumerable<Finding> Judge(SiteAnalysis s)
    {
        if (s.Policy.IsPrivacyPolicy) yield break;
        var page = s.Page!;
        var text = page.VisibleText;
        yield return new Finding(
            $"The page at {s.Url} (title {SiteChecks.Quote(page.Title)}) does not read as a privacy policy.",
            Evidence.Page(s.Url, "title", page.Title.Length > 0 ? page.Title : text.Length > 200 ? text[..200] : text));
    }
}

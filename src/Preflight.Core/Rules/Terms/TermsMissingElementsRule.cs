using Preflight.Core.Engine;
using Preflight.Core.Html;
using Preflight.Core.Sites;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Terms;

/// <summary>The messaging terms must name the brand and give message types, frequency, rates, help and opt-out.</summary>
public sealed class TermsMissingElementsRule : Rule
{
    private const int Scan = 200_000;

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "852",
        Equivalents = ["851", "30882"],
        Title = "Terms and conditions lack required messaging-program details",
        Area = RuleArea.Terms,
        Severity = Severity.Rejection,
        Needs = Needs.TermsPage,
        Fix = "Add an SMS section to the terms: the brand name, what the messages are about, how often they come (\"Msg frequency varies\"), \"Msg & data rates may apply\", how to get help (\"Text HELP\" and a support e-mail or phone), and how to opt out (\"Text STOP to cancel\").",
    };

    public override Check Evaluate(RuleContext context) =>
        SiteChecks.ForLoaded(context, SiteRoles.Terms, "terms page", s => Judge(s, context.Text.Brand));

    private static IEnumerable<Finding> Judge(SiteAnalysis s, BrandNameMatcher brand)
    {
        var page = s.Page!;
        var t = s.Terms;
        if (!t.IsTerms)
        {
            yield return new Finding(
                $"The page at {s.Url} (title {SiteChecks.Quote(page.Title)}) does not read as terms and conditions.",
                Evidence.Page(s.Url, "title", page.Title));
            yield break;
        }
        var text = t.Text.Length > Scan ? t.Text[..Scan] : t.Text;
        var missing = new List<string>();
        if (brand.HasNames && brand.Find(text) is null && brand.Find(page.Title) is null) missing.Add("the brand name (" + string.Join(" / ", brand.Names) + ")");
        if (t.MessageType is null) missing.Add("the kinds of messages sent");
        if (t.Frequency is null) missing.Add("the message frequency");
        if (t.Rates is null) missing.Add("\"message and data rates may apply\"");
        if (t.Help is null) missing.Add("how to get help (HELP or a support contact)");
        if (t.OptOut is null) missing.Add("how to opt out (STOP)");
        foreach (var m in missing)
            yield return new Finding($"The terms at {s.Url} do not give {m}.", Evidence.Page(s.Url, "body", t.Heading));
    }
}

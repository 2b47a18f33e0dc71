using Preflight.Core.Engine;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>Permission to text that comes from a court order is not consumer consent.</summary>
public sealed class CourtOrderOptInRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2126",
        Equivalents = ["714", "30896"],
        Title = "Opt-in comes from a court order",
        Area = RuleArea.CallToAction,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "A court order is not consent from the person texted. Only if consumers can opt in themselves (web form, keyword, signed form) may a campaign built on that opt-in be registered; otherwise do not resubmit.",
        DoNotResubmit = true,
    };

    public override Check Evaluate(RuleContext context) => CourtOrder.Evaluate(context);
}

/// <summary>The shared check of 2126 and 714.</summary>
internal static class CourtOrder
{
    public static Check Evaluate(RuleContext context)
    {
        var hits = ContentEvidence.Confident(ContentEvidence.Collect(context.Text, ContentCategory.CourtOrder, ContentEvidence.DescriptionAndFlow));
        if (hits.Count == 0) return Check.Pass;
        var findings = new List<Finding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var h in hits)
            if (seen.Add(h.Pointer))
                findings.Add(new Finding(
                    $"{Capital(CallToActionFacts.Name(h.Pointer))} says texting rests on a court order (\"{h.Match.Value}\"); carriers accept only consent the consumer gives.",
                    Evidence.Words(h.Pointer, h.Text, h.Match.Start, h.Match.Length)));
        return Check.From(findings);
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}

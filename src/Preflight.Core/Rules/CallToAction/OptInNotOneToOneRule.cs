using System.Text.RegularExpressions;
using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>Consent is given to one brand by the consumer; bought lists and consent gathered or shared by partners do not count.</summary>
public sealed partial class OptInNotOneToOneRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF104",
        Equivalents = ["804", "30896"],
        Title = "Opt-in is not one-to-one: bought lists or consent shared by third parties",
        Area = RuleArea.CallToAction,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "Text only people who opted in to this brand themselves. Drop purchased or partner lists and consent collected by or shared with other companies, and describe the brand's own opt-in instead.",
    };

    public override Check Evaluate(RuleContext context)
    {
        List<Finding>? findings = null;
        foreach (var pointer in FlowAndDescription)
        {
            var f = context.Text.Field(pointer);
            var m = CallToActionText.FindThirdPartyConsent(f.Text) ?? BoughtListOrPartnerTexts(f.Text);
            if (m is null) continue;
            (findings ??= new(2)).Add(new Finding(
                $"{(pointer == Fields.MessageFlow ? "The message flow" : "The description")} relies on consent not given directly to the brand ({CallToActionFacts.Quote(m)}); opt-in must be one-to-one and never shared.",
                Evidence.Words(pointer, f.Text, m.Start, m.Length)));
        }
        return findings is null ? Check.Pass : Check.From(findings);
    }

    private static readonly string[] FlowAndDescription = [Fields.MessageFlow, Fields.Description];

    /// <summary>
    /// Two more ways of saying it: a list bought from a data vendor ("a mailing list we buy each month", "numbers
    /// purchased from a data broker"), and consent that lets partners text ("our brand partners may send me texts").
    /// A partner that delivers or installs the consumer's own order is not meant.
    /// </summary>
    internal static TextMatch? BoughtListOrPartnerTexts(string? text)
    {
        if (string.IsNullOrEmpty(text) || !PartnerWords.MayMatch(text)) return null;
        foreach (Match m in BoughtListOrPartners().Matches(text))
            if (!Negation.IsNegated(text, m.Index)) return TextMatch.Of(m);
        return null;
    }

    // Words every match below holds: a text without them is not searched (see RequiredWords).
    internal static readonly RequiredWords PartnerWords = new(BoughtListOrPartners(),
        ["list", "vendor", "broker", "partner", "affiliate", "sponsor", "brands", "companies", "businesses"]);

    // The partner words come first and the delivery or service words before them are checked behind, so that the
    // search can skip to candidate words instead of trying a look-behind at every position.
    [GeneratedRegex(@"\b(?:mailing|contact|phone|marketing|call|sms|text(?:ing)?|consumer|prospect|cell(?:\s+phone)?)\s+lists?\s+(?:that\s+|which\s+)?(?:we|they)\s+(?:\w+\s+)?(?:buy|bought|purchase|purchased|rent|rented|license|licensed|acquire|acquired)\b|\bfrom\s+(?:a|an|the|our|one)\s+(?:[\w-]+\s+){0,2}?(?:data|list|lead)\s+(?:vendors?|brokers?)\b|\b(?:partners|affiliates|sponsors|other\s+(?:brands|companies|businesses))(?<!\b(?:delivery|shipping|courier|logistics|installation|install|service|repair|fulfil?lment|scheduling|billing|payment)\s+(?:partners|affiliates|sponsors|other\s+(?:brands|companies|businesses)))\s+(?:may|will|can|might)\s+(?:also\s+)?(?:send|text|message|contact)\s+(?:me|you)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex BoughtListOrPartnersShared();
    private static Regex BoughtListOrPartners() => ThreadRegex.Local(BoughtListOrPartnersShared());
}

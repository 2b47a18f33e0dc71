using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>
/// Good practice: the consent wording says texts are not required to buy anything. Not asked of charity, political,
/// polling, public-service, school and emergency campaigns, or of government brands, where nothing is bought.
/// </summary>
public sealed class ConsentNotConditionMissingRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF102",
        Title = "Message flow does not say consent is not a condition of purchase",
        Area = RuleArea.CallToAction,
        Severity = Severity.Advice,
        Needs = Needs.Submission,
        Fix = "Add \"Consent is not a condition of purchase.\" to the consent wording quoted in the message flow; it shows reviewers that opting in is voluntary.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var flow = context.Text.Field(Fields.MessageFlow);
        if (flow.IsEmpty) return Check.Passed("no message flow to check");
        if (NothingSold(context)) return Check.Passed("nothing is sold under this campaign's use cases or by a government brand");
        if (Disclosures.FindConsentNotCondition(flow.Text) is not null) return Check.Pass;
        return Check.Fail(new Finding(
            "The message flow does not say that consent is not a condition of purchase.",
            Evidence.Field(Fields.MessageFlow, flow.Text)));
    }

    // Use cases under which nothing is bought, so there is no purchase for consent to be a condition of. A composite
    // use case (MIXED, LOW_VOLUME) counts by its sub-use-cases.
    private static readonly HashSet<string> NoPurchase = new(StringComparer.Ordinal)
    {
        UseCases.Charity, UseCases.Political, UseCases.PollingVoting, UseCases.PublicServiceAnnouncement,
        UseCases.K12Education, UseCases.Emergency,
    };

    private static bool NothingSold(RuleContext context)
    {
        if (string.Equals((context.Brand.EntityType ?? "").Trim(), EntityTypes.Government, StringComparison.OrdinalIgnoreCase)) return true;
        // Campaign.AllUseCases without its list: the use case and each sub-use-case that is filled in, normalized.
        var c = context.Campaign;
        var any = false;
        if (!NoPurchaseOrComposite(c.Usecase, ref any)) return false;
        foreach (var sub in c.SubUsecases)
            if (!NoPurchaseOrComposite(sub, ref any)) return false;
        return any;
    }

    // False for a use case under which something may be sold; notes in any whether a non-composite one was seen.
    private static bool NoPurchaseOrComposite(string? raw, ref bool any)
    {
        if (string.IsNullOrWhiteSpace(raw)) return true;
        var u = UseCaseSignals.Normalize(raw);
        if (UseCases.IsComposite(u)) return true;
        any = true;
        return NoPurchase.Contains(u);
    }
}

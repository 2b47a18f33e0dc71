using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>
/// The subscriberOptin flag, the opt-in keywords and the opt-in reply tell one story: a campaign that takes keyword
/// opt-ins has all three; one that does not (subscriberOptin false) lists no opt-in keywords.
/// </summary>
public sealed class OptInDeclarationMismatchRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF206",
        Title = "Opt-in flag, opt-in keywords and opt-in reply disagree",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "If consumers can join by text, set subscriberOptin to true and give both the opt-in keywords and the opt-in confirmation; if they cannot, leave the opt-in keywords empty.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var c = context.Campaign;
        var keywords = KeywordReplies.Keywords(context, Fields.OptinKeywords);
        var hasMessage = !string.IsNullOrWhiteSpace(c.OptinMessage);
        var findings = new List<Finding>();
        if (c.SubscriberOptin == false)
        {
            if (keywords.Length > 0)
                findings.Add(new Finding(
                    $"subscriberOptin is false, yet opt-in keywords are listed ({string.Join(", ", keywords.Select(k => k.Value))}).",
                    Evidence.Field(Fields.SubscriberOptin, "false")));
            return Check.From(findings);
        }
        var declared = c.SubscriberOptin == true ? "subscriberOptin is true" : "opt-in keywords are listed";
        if (c.SubscriberOptin == true && keywords.Length == 0)
            findings.Add(new Finding(
                "subscriberOptin is true, but no opt-in keywords are listed.",
                Evidence.Field(Fields.OptinKeywords, c.OptinKeywords)));
        if ((c.SubscriberOptin == true || keywords.Length > 0) && !hasMessage)
            findings.Add(new Finding(
                $"{char.ToUpperInvariant(declared[0])}{declared[1..]}, but there is no opt-in confirmation message.",
                Evidence.Field(Fields.OptinMessage, c.OptinMessage)));
        return Check.From(findings);
    }
}

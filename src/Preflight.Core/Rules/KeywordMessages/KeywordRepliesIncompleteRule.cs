using Preflight.Core.Engine;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>
/// The DCA's combined keyword-response review: the opt-in, opt-out and HELP replies each carry their required
/// elements. Every missing element is its own finding.
/// </summary>
public sealed class KeywordRepliesIncompleteRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "611",
        Equivalents = ["861", "5100", "5102", "5104", "5105", "5106", "5107", "5108", "5109", "5110", "30887"],
        Title = "Keyword replies (opt-in, STOP, HELP) lack required elements",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Rewrite the three keyword replies: opt-in with brand, frequency, \"Msg & data rates may apply\", HELP and STOP instructions; STOP with brand and a promise of no further messages; HELP with brand and a phone, e-mail or website.",
    };

    public override Check Evaluate(RuleContext context) => Check.From(context.Get(KeywordReplies.AuditFact));
}

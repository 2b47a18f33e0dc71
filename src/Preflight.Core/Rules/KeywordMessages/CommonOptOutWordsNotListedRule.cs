using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>Listing the common opt-out words shows the reviewer that every one of them is handled.</summary>
public sealed class CommonOptOutWordsNotListedRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF208",
        Title = "Common opt-out words are not listed",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Advice,
        Needs = Needs.Submission,
        Fix = "List at least STOP, END, CANCEL and UNSUBSCRIBE as opt-out keywords (QUIT, STOPALL, REVOKE or OPTOUT may fill the remaining places), and make your system honour all eight.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var raw = context.Campaign.OptoutKeywords;
        var listed = KeywordReplies.Keywords(context, Fields.OptoutKeywords);
        if (listed.Length == 0) return Check.Passed("no opt-out keywords listed (see 5101)");
        var allListed = true;
        foreach (var w in KeywordReplies.RegistryOptOutWords) allListed &= KeywordReplies.Lists(listed, w);
        if (allListed) return Check.Pass;
        var missing = KeywordReplies.RegistryOptOutWords.Where(w => !KeywordReplies.Lists(listed, w)).ToArray();
        return Check.Fail(new Finding(
            $"The opt-out keywords leave out {string.Join(", ", missing)}. Carriers treat {string.Join(", ", KeywordReplies.CommonOptOutWords)} as opt-out requests whatever is listed, so list the common ones and honour them all.",
            Evidence.Field(Fields.OptoutKeywords, raw)));
    }
}

using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>The opt-out keyword list must hold a word carriers recognise, and STOP at the very least.</summary>
public sealed class OptOutKeywordsMissingStopRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "5101",
        Equivalents = ["30887"],
        Title = "No valid opt-out keyword is listed (STOP at minimum)",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "List STOP among the opt-out keywords, ideally with END, CANCEL and UNSUBSCRIBE (comma-separated, capitals, no spaces).",
    };

    public override Check Evaluate(RuleContext context)
    {
        var raw = context.Campaign.OptoutKeywords;
        var keywords = KeywordReplies.Keywords(context, Fields.OptoutKeywords);
        if (keywords.Length == 0)
            return Check.Fail(new Finding(
                "No opt-out keywords are listed; consumers need at least STOP to leave the program.",
                Evidence.Field(Fields.OptoutKeywords, raw)));
        if (KeywordReplies.Lists(keywords, "STOP")) return Check.Pass;
        var listed = string.Join(", ", keywords.Select(k => k.Value));
        var recognised = keywords.Where(k => KeywordReplies.OptOutWordSet.Contains(k.Value)).ToArray();
        var message = recognised.Length == 0
            ? $"None of the listed opt-out keywords ({listed}) is a word carriers treat as an opt-out request; STOP must be listed at minimum."
            : $"STOP is not among the opt-out keywords ({listed}); the registry expects STOP at minimum.";
        return Check.Fail(new Finding(message, Evidence.Field(Fields.OptoutKeywords, raw)));
    }
}

using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>HELP must be one of the help keywords.</summary>
public sealed class HelpKeywordMissingRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "5103",
        Title = "HELP is not listed as a help keyword",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Add HELP to the help keywords (INFO may sit beside it), in capitals and separated by commas.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var raw = context.Campaign.HelpKeywords;
        var keywords = KeywordReplies.Keywords(context, Fields.HelpKeywords);
        if (KeywordReplies.Lists(keywords, "HELP")) return Check.Pass;
        var message = keywords.Length == 0
            ? "No help keywords are listed; HELP must be one of them."
            : $"HELP is not among the help keywords ({string.Join(", ", keywords.Select(k => k.Value))}).";
        return Check.Fail(new Finding(message, Evidence.Field(Fields.HelpKeywords, raw)));
    }
}

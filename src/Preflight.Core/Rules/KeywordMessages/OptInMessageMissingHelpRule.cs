using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>The opt-in confirmation must tell consumers to text HELP for help.</summary>
public sealed class OptInMessageMissingHelpRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "5107",
        Equivalents = ["611", "851", "861"],
        Title = "Opt-in confirmation does not mention the HELP keyword",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Add a HELP instruction to the opt-in confirmation, e.g. \"Reply HELP for help.\"",
    };

    public override Check Evaluate(RuleContext context)
    {
        var field = context.Text.Field(Fields.OptinMessage);
        if (field.IsEmpty) return Check.Passed("no opt-in message to check");
        if (KeywordReplies.HelpInstruction(field, KeywordReplies.Keywords(context, Fields.HelpKeywords)) is not null) return Check.Pass;
        return Check.Fail(new Finding(
            $"The opt-in message {KeywordReplies.Quote(field.Text)} does not tell consumers to reply HELP for help.",
            Evidence.Field(Fields.OptinMessage, field.Text)));
    }
}

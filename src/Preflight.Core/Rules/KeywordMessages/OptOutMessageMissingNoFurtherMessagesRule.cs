using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>The opt-out confirmation must promise that no more messages will come.</summary>
public sealed class OptOutMessageMissingNoFurtherMessagesRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "5102",
        Equivalents = ["611", "851", "861", "30887"],
        Title = "Opt-out confirmation does not say messages will stop",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Say plainly in the STOP reply that nothing more will be sent, e.g. \"You're unsubscribed and will receive no further messages.\"",
    };

    public override Check Evaluate(RuleContext context)
    {
        var field = context.Text.Field(Fields.OptoutMessage);
        if (field.IsEmpty) return Check.Fail(KeywordReplies.Missing(KeywordReplies.OptOut, "that their messages have stopped"));
        if (KeywordReplies.NoFurtherMessages(field) is not null) return Check.Pass;
        return Check.Fail(new Finding(
            $"The opt-out message {KeywordReplies.Quote(field.Text)} does not confirm that no more messages will be sent.",
            Evidence.Field(Fields.OptoutMessage, field.Text)));
    }
}

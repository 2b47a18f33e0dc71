using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>The opt-in confirmation should say what kind of messages the consumer signed up for.</summary>
public sealed class OptInMessageMissingMessageTypeRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF211",
        Title = "Opt-in confirmation does not say what messages will come",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Advice,
        Needs = Needs.Submission,
        Fix = "Name the kind of messages in the opt-in confirmation, e.g. \"You're subscribed to appointment reminders\" or \"…to order updates and offers\".",
    };

    public override Check Evaluate(RuleContext context)
    {
        var field = context.Text.Field(Fields.OptinMessage);
        if (field.IsEmpty) return Check.Passed("no opt-in message to check");
        // The same reading as the message flow's (2134): the shared list, then topics it has no word for ("trip texts").
        if (field.Get(TextFacts.MessageTypeStated) is not null) return Check.Pass;
        return Check.Fail(new Finding(
            $"The opt-in message {KeywordReplies.Quote(field.Text)} does not say what kind of messages the consumer will receive.",
            Evidence.Field(Fields.OptinMessage, field.Text)));
    }
}

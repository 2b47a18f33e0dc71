using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>The opt-in confirmation must tell consumers which listed keyword stops the messages.</summary>
public sealed class OptInMessageMissingOptOutKeywordRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "5108",
        Equivalents = ["611", "851", "861"],
        Title = "Opt-in confirmation does not give a listed opt-out keyword",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "End the opt-in confirmation with an opt-out instruction that uses one of the listed opt-out keywords, e.g. \"Reply STOP to cancel.\"",
    };

    public override Check Evaluate(RuleContext context)
    {
        var field = context.Text.Field(Fields.OptinMessage);
        if (field.IsEmpty) return Check.Passed("no opt-in message to check");
        var listed = KeywordReplies.Keywords(context, Fields.OptoutKeywords);
        if (KeywordReplies.OptOutInstruction(field, listed) is not null) return Check.Pass;
        if (field.OptOutInstruction is { } other)
            return Check.Fail(new Finding(
                $"The opt-in message says \"{other.Value}\", but that word is not among the listed opt-out keywords ({string.Join(", ", listed.Select(k => k.Value))}).",
                Evidence.Words(Fields.OptinMessage, field.Text, other.Start, other.Length)));
        return Check.Fail(new Finding(
            $"The opt-in message {KeywordReplies.Quote(field.Text)} does not tell consumers how to opt out (e.g. \"Reply STOP to cancel\").",
            Evidence.Field(Fields.OptinMessage, field.Text)));
    }
}

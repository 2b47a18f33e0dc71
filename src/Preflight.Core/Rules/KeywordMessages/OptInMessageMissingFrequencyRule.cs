using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>The opt-in confirmation must say how often messages come.</summary>
public sealed class OptInMessageMissingFrequencyRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "5105",
        Equivalents = ["611", "851", "861"],
        Title = "Opt-in confirmation does not disclose message frequency",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Tell new subscribers how many texts to expect, e.g. \"Msg frequency varies\" or \"up to 4 msgs/mo\".",
    };

    public override Check Evaluate(RuleContext context)
    {
        var field = context.Text.Field(Fields.OptinMessage);
        if (field.IsEmpty) return Check.Passed("no opt-in message to check");
        if (field.Frequency is not null) return Check.Pass;
        return Check.Fail(new Finding(
            $"The opt-in message {KeywordReplies.Quote(field.Text)} does not say how often messages will be sent.",
            Evidence.Field(Fields.OptinMessage, field.Text)));
    }
}

using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>The opt-in confirmation must warn that carrier message and data rates may apply.</summary>
public sealed class OptInMessageMissingRatesNoticeRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "5106",
        Equivalents = ["611", "851", "861"],
        Title = "Opt-in confirmation lacks the \"message and data rates may apply\" notice",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Add the carrier charges notice to the opt-in confirmation: \"Msg & data rates may apply.\"",
    };

    public override Check Evaluate(RuleContext context)
    {
        var field = context.Text.Field(Fields.OptinMessage);
        if (field.IsEmpty) return Check.Passed("no opt-in message to check");
        if (field.RatesNotice is not null) return Check.Pass;
        return Check.Fail(new Finding(
            $"The opt-in message {KeywordReplies.Quote(field.Text)} does not warn that message and data rates may apply.",
            Evidence.Field(Fields.OptinMessage, field.Text)));
    }
}

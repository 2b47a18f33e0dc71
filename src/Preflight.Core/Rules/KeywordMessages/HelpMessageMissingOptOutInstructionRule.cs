using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>The HELP reply should remind consumers how to stop the messages.</summary>
public sealed class HelpMessageMissingOptOutInstructionRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF210",
        Title = "HELP reply does not say how to opt out",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "End the HELP reply with the opt-out instruction, e.g. \"Reply STOP to opt out.\"",
    };

    public override Check Evaluate(RuleContext context)
    {
        var field = context.Text.Field(Fields.HelpMessage);
        if (field.IsEmpty) return Check.Passed("no HELP message to check (see 5109 and 5110)");
        if (KeywordReplies.OptOutInstruction(field, []) is not null) return Check.Pass;
        return Check.Fail(new Finding(
            $"The HELP message {KeywordReplies.Quote(field.Text)} does not tell consumers how to stop the messages.",
            Evidence.Field(Fields.HelpMessage, field.Text)));
    }
}

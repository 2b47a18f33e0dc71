using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>The registry takes a message flow (call to action) of 40 to 2,048 characters.</summary>
public sealed class MessageFlowLengthRule : Rule
{
    public const int Min = 40;
    public const int Max = 2048;

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF101",
        Equivalents = ["30909"],
        Title = "Message flow is shorter than 40 or longer than 2,048 characters",
        Area = RuleArea.CallToAction,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Keep the message flow between 40 and 2,048 characters. If it runs long, keep the opt-in path and the consent wording with its disclosures, link the policies instead of quoting them, and attach screenshots for the rest.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var text = context.Campaign.MessageFlow;
        if (string.IsNullOrWhiteSpace(text)) return Check.Passed("no message flow; the required-fields rule reports it");
        var length = text.Trim().Length;
        if (length < Min)
            return Check.Fail(new Finding($"The message flow has {length} characters; the registry needs at least {Min}.", Evidence.Field(Fields.MessageFlow, text)));
        if (length > Max)
            return Check.Fail(new Finding($"The message flow has {length} characters; the registry takes at most {Max}.", Evidence.Field(Fields.MessageFlow, text)));
        return Check.Pass;
    }
}

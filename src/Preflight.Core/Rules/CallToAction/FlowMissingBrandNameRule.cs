using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Rules.KeywordMessages;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>The call to action must say who will be texting.</summary>
public sealed class FlowMissingBrandNameRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2133",
        Equivalents = ["861", "30909"],
        Title = "Message flow does not name the brand",
        Area = RuleArea.CallToAction,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Name the brand in the message flow the way consumers know it, both in the description of the opt-in and in the consent wording they see or hear (\"…to receive appointment reminders from Bright Smile Dental\").",
    };

    public override Check Evaluate(RuleContext context)
    {
        var f = context.Text.Field(Fields.MessageFlow);
        if (f.IsEmpty) return Check.Passed("no message flow to check; 2100 and 806 report a missing call to action");
        if (f.BrandInWords is not null) return Check.Pass;
        return Check.Fail(new Finding(
            $"The message flow does not mention {OptInMessageMissingBrandNameRule.Names(context)}, so consumers are not told who will text them.",
            Evidence.Field(Fields.MessageFlow, f.Text)));
    }
}

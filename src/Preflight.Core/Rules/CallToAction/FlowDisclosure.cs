using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>The shared check of 2133–2138: one disclosure the message flow must carry.</summary>
internal static class FlowDisclosure
{
    public static Check Require(RuleContext context, Func<FieldAnalysis, TextMatch?> fact, string what, string example)
    {
        var f = context.Text.Field(Fields.MessageFlow);
        if (f.IsEmpty) return Check.Passed("no message flow to check; 2100 and 806 report a missing call to action");
        if (fact(f) is not null) return Check.Pass;
        return Check.Fail(new Finding(
            $"The message flow never gives {what}; the call to action should show it, e.g. {example}.",
            Evidence.Field(Fields.MessageFlow, f.Text)));
    }
}

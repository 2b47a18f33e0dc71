using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>Every campaign must answer HELP: subscriberHelp may not be false.</summary>
public sealed class HelpSupportNotDeclaredRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF205",
        Title = "Campaign says it does not answer HELP (subscriberHelp is false)",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Set subscriberHelp to true and fill in the help keywords (HELP at least) and a HELP reply with the brand and a support contact.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var flag = context.Campaign.SubscriberHelp;
        if (flag is null) return Check.Passed("subscriberHelp is not stated");
        if (flag.Value) return Check.Pass;
        return Check.Fail(new Finding(
            "subscriberHelp is false: the campaign declares that it does not answer HELP, which carriers require.",
            Evidence.Field(Fields.SubscriberHelp, "false")));
    }
}

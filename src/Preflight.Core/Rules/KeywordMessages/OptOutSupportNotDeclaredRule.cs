using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>Every campaign must support opt-out: subscriberOptout may not be false.</summary>
public sealed class OptOutSupportNotDeclaredRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF204",
        Equivalents = ["30887"],
        Title = "Campaign says it does not support opt-out (subscriberOptout is false)",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Set subscriberOptout to true and fill in the opt-out keywords and the opt-out confirmation; every 10DLC campaign must honour STOP.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var flag = context.Campaign.SubscriberOptout;
        if (flag is null) return Check.Passed("subscriberOptout is not stated");
        if (flag.Value) return Check.Pass;
        return Check.Fail(new Finding(
            "subscriberOptout is false: the campaign declares that consumers cannot opt out, which no carrier accepts.",
            Evidence.Field(Fields.SubscriberOptout, "false")));
    }
}

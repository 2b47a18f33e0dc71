using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>The opt-out confirmation must say which brand the consumer has left.</summary>
public sealed class OptOutMessageMissingBrandNameRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "5100",
        Equivalents = ["611", "851", "861", "30887"],
        Title = "Opt-out confirmation does not name the brand",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Begin the STOP reply with the brand name consumers know, e.g. \"Acme Dental: you're unsubscribed and will get no more texts.\"",
    };

    public override Check Evaluate(RuleContext context)
    {
        var field = context.Text.Field(Fields.OptoutMessage);
        if (field.IsEmpty) return Check.Fail(KeywordReplies.Missing(KeywordReplies.OptOut, "which brand they have unsubscribed from"));
        if (KeywordReplies.BrandName(context, field) is not null) return Check.Pass;
        return Check.Fail(new Finding(
            $"The opt-out message does not mention {KeywordReplies.BrandNames(context)}.",
            Evidence.Field(Fields.OptoutMessage, field.Text)));
    }
}

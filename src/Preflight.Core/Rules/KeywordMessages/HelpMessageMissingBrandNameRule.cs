using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>The HELP reply must say which brand is answering.</summary>
public sealed class HelpMessageMissingBrandNameRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "5109",
        Equivalents = ["611", "851", "861"],
        Title = "HELP reply does not name the brand",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Open the HELP reply with the brand name, e.g. \"Acme Dental: for help call (303) 555-0142.\"",
    };

    public override Check Evaluate(RuleContext context)
    {
        var field = context.Text.Field(Fields.HelpMessage);
        if (field.IsEmpty) return Check.Fail(KeywordReplies.Missing(KeywordReplies.Help, "which brand is texting them"));
        if (KeywordReplies.BrandName(context, field) is not null) return Check.Pass;
        return Check.Fail(new Finding(
            $"The HELP message does not mention {KeywordReplies.BrandNames(context)}.",
            Evidence.Field(Fields.HelpMessage, field.Text)));
    }
}

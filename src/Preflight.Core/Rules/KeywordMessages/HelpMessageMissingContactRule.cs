using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>The HELP reply must give a way to reach a person: a phone number, an e-mail address or a website.</summary>
public sealed class HelpMessageMissingContactRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "5110",
        Equivalents = ["611", "851", "861"],
        Title = "HELP reply gives no website, phone number or e-mail",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Put a support phone number, e-mail address or web address in the HELP reply, e.g. \"call (303) 555-0142 or email help@acme.com\".",
    };

    public override Check Evaluate(RuleContext context)
    {
        var field = context.Text.Field(Fields.HelpMessage);
        if (field.IsEmpty) return Check.Fail(KeywordReplies.Missing(KeywordReplies.Help, "where to get support"));
        if (field.SupportContact is not null) return Check.Pass;
        return Check.Fail(new Finding(
            $"The HELP message {KeywordReplies.Quote(field.Text)} gives no phone number, e-mail address or website to contact.",
            Evidence.Field(Fields.HelpMessage, field.Text)));
    }
}

using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>The opt-in confirmation must say who is texting.</summary>
public sealed class OptInMessageMissingBrandNameRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "5104",
        Equivalents = ["611", "851", "861", "30887"],
        Title = "Opt-in confirmation does not name the brand",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Start the opt-in confirmation with the brand name as consumers know it, e.g. \"Acme Dental: you're subscribed to appointment reminders…\".",
    };

    public override Check Evaluate(RuleContext context)
    {
        var field = context.Text.Field(Fields.OptinMessage);
        if (field.IsEmpty) return Check.Passed("no opt-in message to check");
        if (KeywordReplies.BrandName(context, field) is not null) return Check.Pass;
        return Check.Fail(new Finding(
            $"The opt-in message does not mention {Names(context)}.",
            Evidence.Field(Fields.OptinMessage, field.Text)));
    }

    internal static string Names(RuleContext context) =>
        context.Text.Brand.HasNames ? "the brand (" + string.Join(" / ", Quoted(context)) + ")" : "a brand name";

    private static IEnumerable<string> Quoted(RuleContext c) =>
        new[] { c.Brand.DisplayName, c.Brand.CompanyName }.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct().Select(n => $"\"{n}\"");
}

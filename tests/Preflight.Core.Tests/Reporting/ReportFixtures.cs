using Preflight.Core.Engine;
using Preflight.Core.Input;
using Preflight.Core.Model;
using Preflight.Core.Reporting;

namespace Preflight.Core.Tests.Reporting;

/// <summary>A rule made up for report tests: fixed descriptor, fixed check.</summary>
internal sealed class MadeUpRule(RuleDescriptor descriptor, Func<RuleContext, Check> check) : Rule
{
    public override RuleDescriptor Descriptor { get; } = descriptor;

    public override Check Evaluate(RuleContext context) => check(context);
}

/// <summary>Reports with known outcomes, independent of the real catalogue.</summary>
internal static class ReportFixtures
{
    public static RuleDescriptor Descriptor(string code, Severity severity, Needs needs = Needs.Submission, bool doNotResubmit = false, params string[] equivalents) => new()
    {
        Code = code,
        Title = $"Made-up rule {code}",
        Area = RuleArea.KeywordMessages,
        Severity = severity,
        Needs = needs,
        Fix = $"Fix for {code}.",
        DoNotResubmit = doNotResubmit,
        Equivalents = equivalents,
    };

    /// <summary>Flags the word "subscribed" in the opt-in message (words evidence), and the whole help message.</summary>
    public static RuleCatalog Catalog { get; } = new(
    [
        new MadeUpRule(Descriptor("5104", Severity.Rejection, equivalents: "611"), c =>
        {
            var text = c.Campaign.OptinMessage ?? "";
            var at = text.IndexOf("subscribed", StringComparison.Ordinal);
            return at < 0 ? Engine.Check.Pass : Engine.Check.Fail(new Finding("Says \"subscribed\".", Evidence.Words(Fields.OptinMessage, text, at, "subscribed".Length)));
        }),
        new MadeUpRule(Descriptor("5200", Severity.Warning), c =>
            Engine.Check.Fail(new Finding("The help message is vague.", Evidence.Field(Fields.HelpMessage, c.Campaign.HelpMessage)))),
        new MadeUpRule(Descriptor("5300", Severity.Rejection, doNotResubmit: true), c =>
            c.Campaign.Usecase == "MARKETING" ? Engine.Check.Fail(new Finding("Marketing is final here.", Evidence.Field(Fields.Usecase, c.Campaign.Usecase))) : Engine.Check.Pass),
        new MadeUpRule(Descriptor("5400", Severity.Advice), _ => Engine.Check.Pass),
        new MadeUpRule(Descriptor("5500", Severity.Rejection, Needs.Submission | Needs.OptInPage), _ => Engine.Check.Pass),
        new MadeUpRule(Descriptor("5600", Severity.Rejection, Needs.Submission | Needs.History), _ => Engine.Check.Pass),
        new MadeUpRule(Descriptor("5700", Severity.Warning), _ =>
            Engine.Check.Fail(new Finding("The page hides the checkbox.", Evidence.Page("https://example.com/join?a=1&b=<2>", "#sms-consent", "<input checked>")))),
    ]);

    public static CheckedSubmission Judge(Submission submission, SubmissionDocument? document = null)
    {
        var report = new Evaluator(Catalog).Evaluate(submission);
        return new CheckedSubmission(document ?? SubmissionDocument.Of(submission), report);
    }

    public static CheckedSubmission Golden() => Judge(Tests.Golden.Submission);
}

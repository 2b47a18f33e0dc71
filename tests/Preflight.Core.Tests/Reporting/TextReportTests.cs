using Preflight.Core.Reporting;

namespace Preflight.Core.Tests.Reporting;

public sealed class TextReportTests
{
    private static string Render(CheckedSubmission item, bool verbose = false)
    {
        using var w = new StringWriter { NewLine = "\n" };
        TextReport.Write(w, item, verbose);
        return w.ToString();
    }

    [Fact]
    public void Groups_findings_by_field_quoting_the_words_and_the_fix()
    {
        var text = Render(ReportFixtures.Golden());
        var optin = text.IndexOf("Opt-in message (/campaign/optinMessage)\n", StringComparison.Ordinal);
        var help = text.IndexOf("Help message (/campaign/helpMessage)\n", StringComparison.Ordinal);
        Assert.True(optin > 0 && help > optin, text);
        Assert.Contains("  [rejection] 5104 Made-up rule 5104\n    \"subscribed\"\n    - Says \"subscribed\".\n    Fix: Fix for 5104.\n", text, StringComparison.Ordinal);
        Assert.Contains("Page https://example.com/join?a=1&b=<2>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ends_with_a_one_line_reject_verdict()
    {
        var lines = Render(ReportFixtures.Golden()).TrimEnd().Split('\n');
        Assert.Equal("REJECT: 1 rejection reason (5104), 2 warnings — do not resubmit until fixed", lines[^1]);
    }

    [Fact]
    public void Names_final_rejections()
    {
        var item = ReportFixtures.Judge(Golden.With(c => c with { Usecase = "MARKETING" }));
        var lines = Render(item).TrimEnd().Split('\n');
        Assert.Equal("REJECT: 2 rejection reasons (5104, 5300), 2 warnings — 5300: editing will not fix this, do not resubmit the campaign", lines[^1]);
        Assert.Contains("The carrier treats this as final", string.Join('\n', lines), StringComparison.Ordinal);
    }

    [Fact]
    public void Ends_with_a_pass_verdict_counting_warnings()
    {
        var item = ReportFixtures.Judge(Golden.With(c => c with { OptinMessage = "Bright Smile Dental: You're in! Reply STOP to cancel." }));
        Assert.Equal("PASS: no rejection reasons (2 warnings)", Render(item).TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public void Not_evaluated_rules_are_one_line_unless_verbose()
    {
        var quiet = Render(ReportFixtures.Golden());
        Assert.Contains("Not evaluated: 2 rules need input this check did not have (history: 1, optInPage: 1). Use --verbose to list them.\n", quiet, StringComparison.Ordinal);
        Assert.DoesNotContain("5500", quiet, StringComparison.Ordinal);
        var verbose = Render(ReportFixtures.Golden(), verbose: true);
        Assert.Contains("  5500 Made-up rule 5500 (needs optInPage)", verbose, StringComparison.Ordinal);
    }

    [Fact]
    public void A_portfolio_prints_verdict_lines_and_a_summary()
    {
        var items = new[]
        {
            ReportFixtures.Golden(),
            ReportFixtures.Judge(Golden.With(c => c with { OptinMessage = "Bright Smile Dental: You're in!" }) with { Source = "b.json" }),
        };
        using var w = new StringWriter { NewLine = "\n" };
        TextReport.WritePortfolio(w, items);
        var lines = w.ToString().TrimEnd().Split('\n');
        Assert.StartsWith("golden: REJECT: 1 rejection reason (5104)", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("b.json: PASS: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("    5104 [rejection] /campaign/optinMessage: ", StringComparison.Ordinal));
        Assert.Equal("Portfolio: 2 submissions, 1 pass, 1 reject — rejection reasons: 5104", lines[^1]);
    }
}

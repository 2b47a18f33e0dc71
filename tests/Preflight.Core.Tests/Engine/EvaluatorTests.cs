using Preflight.Core.Engine;
using Preflight.Core.Tests.Corpus;

namespace Preflight.Core.Tests;

public sealed class EvaluatorTests
{
    [Fact]
    public void One_evaluator_judges_a_rule_once_its_input_is_there_and_shares_one_result_while_it_is_not()
    {
        // The evaluator keeps each rule's last "not evaluated" result: a submission with the input is judged, and the
        // ones without it get that one shared result.
        var evaluator = new Evaluator();
        var index = PortfolioIndex.Build([Golden.Submission, Golden.Submission with { Source = "copy.json" }]);

        var alone = evaluator.Evaluate(Golden.Submission);
        var inPortfolio = evaluator.Evaluate(Golden.Submission, portfolio: index.For(0));
        var aloneAgain = evaluator.Evaluate(Golden.Submission);

        var alone711 = alone.Results.Single(r => r.Rule.Code == "711");
        Assert.Equal(Outcome.NotEvaluated, alone711.Outcome);
        Assert.Contains("portfolio", alone711.Note, StringComparison.Ordinal);
        Assert.NotEqual(Outcome.NotEvaluated, inPortfolio.Results.Single(r => r.Rule.Code == "711").Outcome);
        Assert.Same(alone711, aloneAgain.Results.Single(r => r.Rule.Code == "711"));
    }

    // Compliant campaigns, single-defect variants of them, and two copies of one campaign far apart (a duplicate pair
    // that falls in different windows when the window is small).
    private static IReadOnlyList<Model.Submission> Mixed()
    {
        var list = new List<Model.Submission>();
        list.AddRange(CompliantCorpus.All);
        list.AddRange(DefectVariants.All.Take(40).Select(v => v.Submission));
        list.Insert(1, Golden.Submission with { Source = "first.json", Campaign = Golden.Campaign with { CampaignId = "C1" } });
        list.Add(Golden.Submission with { Source = "last.json", Campaign = Golden.Campaign with { CampaignId = "C2" } });
        return list;
    }

    private static string Outcomes(SubmissionReport r) =>
        r.Source + ":" + string.Join(",", r.Results.Select(x => $"{x.Rule.Code}={x.Outcome}/{x.Findings.Count}"));

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(Evaluator.DefaultWindow)]
    public void A_streamed_portfolio_gives_every_report_in_input_order_as_the_whole_one_does(int window)
    {
        var portfolio = Mixed();
        var evaluator = new Evaluator();
        var whole = evaluator.EvaluatePortfolio(portfolio).Select(Outcomes).ToArray();

        var streamed = evaluator.StreamPortfolio(portfolio, (i, r) => (Index: i, Report: r), window: window).ToList();

        Assert.Equal(Enumerable.Range(0, portfolio.Count), streamed.Select(x => x.Index));
        Assert.Equal(whole, streamed.Select(x => Outcomes(x.Report)));
        // The two copies are found across the whole portfolio, whatever window each one is judged in.
        Assert.Equal(Outcome.Failed, streamed[1].Report.Results.Single(r => r.Rule.Code == "6101").Outcome);
        Assert.Equal(Outcome.Failed, streamed[^1].Report.Results.Single(r => r.Rule.Code == "6101").Outcome);
    }

    [Fact]
    public void A_streamed_portfolio_judges_at_most_one_window_ahead_of_its_reader()
    {
        var portfolio = Mixed();
        var judged = 0;
        var evaluator = new Evaluator();
        using (var reader = evaluator.StreamPortfolio(portfolio, (i, r) => { Interlocked.Increment(ref judged); return r; }, window: 5).GetEnumerator())
        {
            Assert.Equal(0, judged); // nothing is judged before the first report is asked for
            for (var taken = 1; taken <= 12; taken++)
            {
                Assert.True(reader.MoveNext());
                // Reading report k has judged its window and may be judging the next one, but no further.
                var through = (taken + 4) / 5 * 5;
                Assert.InRange(Volatile.Read(ref judged), through, Math.Min(portfolio.Count, through + 5));
            }
        }
        // Stopping early waits for the window under way: nothing is judged after the reader is gone.
        var after = Volatile.Read(ref judged);
        Assert.InRange(after, 15, 20);
        Thread.Sleep(50);
        Assert.Equal(after, Volatile.Read(ref judged));
    }

    [Fact]
    public void A_rule_crash_in_the_callers_step_comes_out_of_the_stream()
    {
        var portfolio = Mixed();
        var stream = new Evaluator().StreamPortfolio(portfolio, (i, r) => i == 7 ? throw new InvalidOperationException("boom") : r, window: 5);
        var e = Assert.Throws<AggregateException>(() => stream.ToList());
        Assert.Equal("boom", Assert.IsType<InvalidOperationException>(e.Flatten().InnerExceptions.Single()).Message);
    }

    [Fact]
    public void Submissions_streamed_alone_leave_the_portfolio_rules_unevaluated()
    {
        var portfolio = Mixed();
        var reports = new Evaluator().StreamPortfolio(portfolio, (_, r) => r, portfolioRules: false, window: 16).ToList();

        Assert.Equal(portfolio.Count, reports.Count);
        Assert.All(reports, r => Assert.Equal(Outcome.NotEvaluated, r.Results.Single(x => x.Rule.Code == "6101").Outcome));
        Assert.Equal(
            portfolio.Select(s => Outcomes(new Evaluator().Evaluate(s))),
            reports.Select(Outcomes));
    }

    [Fact]
    public void A_streamed_portfolio_refuses_an_empty_window_at_once()
    {
        var evaluator = new Evaluator();
        Assert.Throws<ArgumentOutOfRangeException>(() => evaluator.StreamPortfolio([Golden.Submission], (_, r) => r, window: 0));
        Assert.Empty(evaluator.StreamPortfolio([], (_, r) => r));
    }

    [Theory]
    [InlineData("-")]
    [InlineData("a-")]
    [InlineData("a1-")]
    [InlineData("a–")] // en dash: non-ASCII, so every gate tries every position
    [InlineData("msg freq ")]
    [InlineData("(312) 555-")]
    public void A_submission_with_hostile_fields_at_the_size_limit_is_judged_in_seconds(string unit)
    {
        // Every free-text field at the reader's limit (100,000 characters), filled with a pattern that once made the
        // opt-in website search read each run again from every position in it: 15 s for one submission.
        var text = string.Concat(Enumerable.Repeat(unit, Preflight.Core.Input.InputLimits.Default.MaxFieldChars / unit.Length));
        var c = Golden.Campaign with
        {
            Description = text, MessageFlow = text, Sample1 = text, Sample2 = text,
            OptinMessage = text, HelpMessage = text, OptoutMessage = text,
        };
        var evaluator = new Evaluator();
        evaluator.Evaluate(Golden.Submission); // the JIT's first pass is not what this measures
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var report = evaluator.Evaluate(Golden.Submission with { Campaign = c });
        stopwatch.Stop();
        Assert.DoesNotContain(report.Results, r => r.Outcome == Outcome.Error);
        Assert.True(report.Rejected);
        Assert.True(stopwatch.Elapsed.TotalSeconds < 20, $"took {stopwatch.Elapsed.TotalSeconds:F1} s");
    }
}

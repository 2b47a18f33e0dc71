using Preflight.Core.Sites;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Engine;

/// <summary>Runs every rule of a catalogue over a submission. Pure: no I/O, time only through <see cref="TimeProvider"/>.</summary>
public sealed class Evaluator
{
    private readonly RuleCatalog _catalog;
    private readonly ReferenceData _data;
    private readonly TimeProvider _clock;

    // "needs website, optInPage" for each set of missing inputs met so far: the same few notes on every submission.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Needs, string> _missingNotes = new();

    // Results are immutable, and most of them are "passed, nothing found" or "not evaluated, needs X": one shared
    // instance per rule (and per set of missing inputs) instead of one per submission keeps a portfolio's reports small.
    private readonly RuleResult[] _passed;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int Rule, Needs Missing), RuleResult> _notEvaluated = new();

    // The last not-evaluated result of each rule: a portfolio gives every submission the same inputs, so after the
    // first one each rule finds its result here without hashing.
    private readonly NotEvaluated?[] _lastNotEvaluated;

    private sealed record NotEvaluated(Needs Missing, RuleResult Result);

    // Results without findings but with a note ("passed: the campaign is informational; 2102 covers it"): most notes are
    // fixed sentences, so they are shared too, up to a bound that keeps notes naming per-submission values from piling up.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int Rule, Outcome Outcome, string Note), RuleResult> _noted = new();
    private const int MaxNotedResults = 4096;
    private int _notedCount;

    // The last noted result of each rule: most notes are string literals, so comparing references finds them without
    // hashing the note.
    private readonly RuleResult?[] _lastNoted;

    public Evaluator(RuleCatalog? catalog = null, ReferenceData? data = null, TimeProvider? clock = null)
    {
        _catalog = catalog ?? RuleCatalog.Default;
        _data = data ?? ReferenceData.Default;
        _clock = clock ?? TimeProvider.System;
        _passed = _catalog.Rules.Select(r => new RuleResult(r.Descriptor, Outcome.Passed, [])).ToArray();
        _lastNoted = new RuleResult?[_catalog.Rules.Count];
        _lastNotEvaluated = new NotEvaluated?[_catalog.Rules.Count];
    }

    public RuleCatalog Catalog => _catalog;

    public SubmissionReport Evaluate(
        Submission submission,
        SiteEvidenceSet? sites = null,
        PortfolioView? portfolio = null,
        SubmissionHistory? history = null)
    {
        var context = new RuleContext(submission, _data, _clock, sites, portfolio, history);
        return Evaluate(context);
    }

    public SubmissionReport Evaluate(RuleContext context)
    {
        var available = context.Available;
        var results = new RuleResult[_catalog.Rules.Count];
        for (var i = 0; i < results.Length; i++)
            results[i] = Run(i, context, available);
        return new SubmissionReport(context.Submission.Source, RuleCatalog.Version, results);
    }

    /// <summary>
    /// Checks a whole portfolio: the portfolio rules see all submissions; each submission's report comes back in
    /// input order. Submissions are judged in parallel.
    /// </summary>
    public IReadOnlyList<SubmissionReport> EvaluatePortfolio(
        IReadOnlyList<Submission> submissions,
        Func<Submission, SiteEvidenceSet?>? sites = null,
        CancellationToken cancellationToken = default)
    {
        var index = PortfolioIndex.Build(submissions);
        var reports = new SubmissionReport[submissions.Count];
        Parallel.For(0, submissions.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var s = submissions[i];
            reports[i] = Evaluate(s, sites?.Invoke(s), index.For(i));
        });
        return reports;
    }

    /// <summary>How many submissions <see cref="StreamPortfolio{T}"/> judges at a time unless told otherwise.</summary>
    public const int DefaultWindow = 1024;

    /// <summary>
    /// Checks a portfolio as <see cref="EvaluatePortfolio"/> does, but hands the results back as they are made instead
    /// of holding them all: the submissions are judged a window at a time on every core, each report is passed to
    /// <paramref name="then"/> on the thread that made it (to render it there, say), and what that returns comes back in
    /// input order while the next window is judged. A caller that writes each item and lets it go holds two windows of
    /// reports at most, not the whole portfolio; reports that live that briefly also cost the garbage collector almost
    /// nothing.
    /// </summary>
    /// <param name="then">Called once per submission with its index and report, on a worker thread.</param>
    /// <param name="portfolioRules">
    /// False judges each submission alone, without the cross-submission index (the portfolio rules report
    /// "not evaluated"), for callers checking unrelated submissions together.
    /// </param>
    /// <param name="window">Submissions judged per window (at least 1).</param>
    public IEnumerable<T> StreamPortfolio<T>(
        IReadOnlyList<Submission> submissions,
        Func<int, SubmissionReport, T> then,
        Func<Submission, SiteEvidenceSet?>? sites = null,
        bool portfolioRules = true,
        int window = DefaultWindow,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(then);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        return Stream(submissions, then, sites, portfolioRules, window, cancellationToken);
    }

    // One window is judged while the caller reads the one before it, so writing reports overlaps judging the next ones;
    // at most two windows are held. A caller that stops reading early cancels the window being judged.
    private IEnumerable<T> Stream<T>(IReadOnlyList<Submission> submissions, Func<int, SubmissionReport, T> then,
        Func<Submission, SiteEvidenceSet?>? sites, bool portfolioRules, int window, CancellationToken cancellationToken)
    {
        if (submissions.Count == 0) yield break;
        var index = portfolioRules ? PortfolioIndex.Build(submissions) : null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var options = new ParallelOptions { CancellationToken = stop.Token };

        Task<T[]> Judge(int start) => Task.Run(() =>
        {
            var items = new T[Math.Min(window, submissions.Count - start)];
            Parallel.For(0, items.Length, options, j =>
            {
                var i = start + j;
                var s = submissions[i];
                items[j] = then(i, Evaluate(s, sites?.Invoke(s), index?.For(i)));
            });
            return items;
        }, stop.Token);

        Task<T[]>? pending = Judge(0);
        try
        {
            for (var start = 0; pending is not null; start += window)
            {
                var items = pending.GetAwaiter().GetResult();
                pending = start + window < submissions.Count ? Judge(start + window) : null;
                for (var j = 0; j < items.Length; j++)
                {
                    yield return items[j];
                    items[j] = default!; // let the caller's copy be the last one
                }
            }
        }
        finally
        {
            if (pending is not null)
            {
                // The caller stopped early (or a window failed): stop the next window and wait for its threads, so
                // nothing runs on after the enumeration ends.
                stop.Cancel();
                try { pending.Wait(CancellationToken.None); }
                catch (AggregateException) { } // cancelled, or failed after the caller stopped reading: nobody reads it
            }
        }
    }

    private RuleResult Run(int index, RuleContext context, Needs available)
    {
        var rule = _catalog.Rules[index];
        var d = rule.Descriptor;
        var missing = d.Needs & ~available;
        if (missing != Needs.None)
        {
            if (_lastNotEvaluated[index] is { } last && last.Missing == missing) return last.Result;
            var result = _notEvaluated.TryGetValue((index, missing), out var known) ? known
                : _notEvaluated.GetOrAdd((index, missing), new RuleResult(d, Outcome.NotEvaluated, [], _missingNotes.GetOrAdd(missing, static m => $"needs {string.Join(", ", Describe(m))}")));
            _lastNotEvaluated[index] = new NotEvaluated(missing, result);
            return result;
        }
        try
        {
            var check = rule.Evaluate(context);
            if (ReferenceEquals(check, Check.Pass)) return _passed[index];
            if (check.Findings.Count == 0 && check.Note is { } note)
            {
                if (_lastNoted[index] is { } last && ReferenceEquals(last.Note, note) && last.Outcome == check.Outcome) return last;
                if (_noted.TryGetValue((index, check.Outcome, note), out var shared)) return _lastNoted[index] = shared;
                var result = new RuleResult(d, check.Outcome, [], note);
                // A counter, not _noted.Count: ConcurrentDictionary.Count takes every lock of the table.
                if (Volatile.Read(ref _notedCount) >= MaxNotedResults) return result;
                var added = _noted.GetOrAdd((index, check.Outcome, note), result);
                if (ReferenceEquals(added, result)) Interlocked.Increment(ref _notedCount);
                return added;
            }
            return new RuleResult(d, check.Outcome, check.Findings, check.Note);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new RuleResult(d, Outcome.Error, [], $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private static IEnumerable<string> Describe(Needs needs) =>
        RuleDescriptor.NeedsTable.Where(t => (needs & t.Flag) == t.Flag).Select(t => t.Name);
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Bench;

/// <summary>
/// All submission-only rules over one registration, and over a 10,000-registration portfolio; under the workstation
/// garbage collector (the CLI's) and the server one (ASP.NET Core's default, so the web app's).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(GcModes))]
public class RuleBenchmarks
{
    private readonly Evaluator _evaluator = new();
    private Submission _one = null!;
    private IReadOnlyList<Submission> _portfolio = null!;

    [GlobalSetup]
    public void Setup()
    {
        _one = Synthetic.One(42);
        _portfolio = Synthetic.Many(10_000);
        _evaluator.Evaluate(_one); // warm the catalogue and reference data
    }

    [Benchmark(Description = "one submission, all rules")]
    public SubmissionReport OneSubmission() => _evaluator.Evaluate(_one);

    [Benchmark(Description = "10,000-submission portfolio, all rules + portfolio index", OperationsPerInvoke = 1)]
    public int Portfolio10k() => _evaluator.EvaluatePortfolio(_portfolio).Count;

    /// <summary>The same portfolio with each report handed on as it is made, as the CLI writes JSON lines and text.</summary>
    [Benchmark(Description = "10,000-submission portfolio, all rules + portfolio index, streamed")]
    public int Portfolio10kStreamed() => _evaluator.StreamPortfolio(_portfolio, static (_, r) => r.Rejected).Count(rejected => rejected);

    /// <summary>
    /// The figure the speed target names: the same 10,000 on every core, each judged alone (no portfolio index), with
    /// every report kept as a caller would keep them.
    /// </summary>
    [Benchmark(Description = "10,000 submissions, submission-only rules, all cores")]
    public SubmissionReport[] SubmissionOnly10k()
    {
        var reports = new SubmissionReport[_portfolio.Count];
        Parallel.For(0, _portfolio.Count, i => reports[i] = _evaluator.Evaluate(_portfolio[i]));
        return reports;
    }

    /// <summary>
    /// The same, with each report handed on as it is made and not kept (<see cref="Evaluator.StreamPortfolio{T}"/>), as
    /// the CLI writes a portfolio's JSON lines and text report.
    /// </summary>
    [Benchmark(Description = "10,000 submissions, submission-only rules, all cores, streamed")]
    public int SubmissionOnlyStreamed10k() =>
        _evaluator.StreamPortfolio(_portfolio, static (_, r) => r.Rejected, portfolioRules: false).Count(rejected => rejected);
}

/// <summary>The cross-submission index alone, at the size the issue names.</summary>
[MemoryDiagnoser]
public class PortfolioIndexBenchmarks
{
    private IReadOnlyList<Submission> _portfolio = null!;

    [Params(10_000, 100_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup() => _portfolio = Synthetic.Many(Size);

    [Benchmark(Description = "PortfolioIndex.Build")]
    public PortfolioView Build() => PortfolioIndex.Build(_portfolio).For(0);
}

/// <summary>The same benchmarks under both garbage collectors.</summary>
public class GcModes : ManualConfig
{
    public GcModes()
    {
        AddJob(Job.Default.WithGcServer(false).WithId("workstation GC"));
        AddJob(Job.Default.WithGcServer(true).WithId("server GC"));
    }
}

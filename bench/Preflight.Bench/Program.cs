using System.Diagnostics;
using BenchmarkDotNet.Running;
using Preflight.Core.Engine;

namespace Preflight.Bench;

public static class Program
{
    /// <summary>
    /// Runs the benchmarks named on the command line (BenchmarkDotNet's switcher: --filter '*Rule*').
    /// <c>quick</c> instead prints a rough stopwatch figure in seconds, for use while developing.
    /// </summary>
    public static void Main(string[] args)
    {
        if (args is ["quick", ..])
        {
            Quick(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void Quick(int n)
    {
        var evaluator = new Evaluator();
        var portfolio = Synthetic.Many(n);
        evaluator.EvaluatePortfolio(Synthetic.Many(500));
        var sw = Stopwatch.StartNew();
        var reports = evaluator.EvaluatePortfolio(portfolio);
        sw.Stop();
        Console.WriteLine($"{n} submissions, {evaluator.Catalog.Rules.Count} rules: {sw.Elapsed.TotalMilliseconds:F0} ms = {n / sw.Elapsed.TotalSeconds:F0} submissions/s; rejected {reports.Count(r => r.Rejected)}");
        var failing = reports.SelectMany(r => r.Results).Where(r => r.IsFailedRejection).GroupBy(r => r.Rule.Code).OrderByDescending(g => g.Count()).Take(5);
        foreach (var g in failing) Console.WriteLine($"  {g.Key}: {g.Count()}");
        sw.Restart();
        PortfolioIndex.Build(portfolio);
        Console.WriteLine($"PortfolioIndex.Build({n}): {sw.Elapsed.TotalMilliseconds:F0} ms");
    }
}

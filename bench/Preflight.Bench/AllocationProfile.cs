using System.Diagnostics;
using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;
using Preflight.Core.Engine;

namespace Preflight.Bench;

/// <summary>
/// Where the bytes go while judging submissions on one thread: the runtime's allocation ticks (one about every 100 KB,
/// with the type allocated and the stack) read from an EventPipe session on this process, folded by type and by the
/// innermost frame of the library. For finding allocations worth removing, not for figures. (For CPU time, perf with
/// DOTNET_PerfMapEnabled=1 gives unbiased samples; EventPipe's sampler only stops threads at safe points.)
/// </summary>
internal static class AllocationProfile
{
    public static void Run(int seconds)
    {
        var evaluator = new Evaluator();
        var portfolio = Synthetic.Many(3_000);
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 4) foreach (var s in portfolio.Take(500)) evaluator.Evaluate(s); // tier up first
        var path = Path.Combine(Path.GetTempPath(), $"preflight-{Environment.ProcessId}.nettrace");
        var providers = new[]
        {
            new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Verbose,
                (long)(ClrTraceEventParser.Keywords.Default | ClrTraceEventParser.Keywords.GC)),
        };
        var n = 0;
        var sw = Stopwatch.StartNew();
        using (var session = new DiagnosticsClient(Environment.ProcessId).StartEventPipeSession(providers, requestRundown: true))
        {
            var copy = Task.Run(() =>
            {
                using var file = File.Create(path);
                session.EventStream.CopyTo(file);
            });
            while (sw.Elapsed.TotalSeconds < seconds) evaluator.Evaluate(portfolio[n++ % portfolio.Count]);
            session.Stop();
            copy.Wait();
        }
        Console.WriteLine($"{n} evaluations in {sw.Elapsed.TotalSeconds:F1} s");

        var etlx = TraceLog.CreateFromEventPipeDataFile(path);
        var bySite = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        using (var log = new TraceLog(etlx))
        {
            foreach (var e in log.Events)
            {
                if (e is not GCAllocationTickTraceData tick || e.CallStack() is not { } stack) continue;
                string? frame = null;
                for (var f = stack; f is not null && frame is null; f = f.Caller)
                    if (f.CodeAddress.FullMethodName is { } m && m.Contains("Preflight.Core", StringComparison.Ordinal)) frame = m;
                if (frame is null) continue;
                var site = $"{tick.TypeName} <- {(frame.Length > 140 ? frame[..140] : frame)}";
                bySite[site] = bySite.GetValueOrDefault(site) + 1;
                total++;
            }
        }
        Console.WriteLine($"{total} allocation ticks in the library; the 40 largest shares:");
        foreach (var (site, count) in bySite.OrderByDescending(x => x.Value).Take(40))
            Console.WriteLine($"{100.0 * count / total,6:F1}%  {site}");
        File.Delete(path);
        File.Delete(etlx);
    }
}

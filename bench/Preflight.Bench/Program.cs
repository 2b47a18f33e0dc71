using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Bench;

public static class Program
{
    /// <summary>
    /// Runs the benchmarks named on the command line (BenchmarkDotNet's switcher: --filter '*Rule*').
    /// <c>quick [n]</c> instead prints a rough stopwatch figure, for use while developing.
    /// <c>profile [n]</c> times every rule and every shared text fact separately, on one thread.
    /// </summary>
    public static void Main(string[] args)
    {
        if (args is ["kept", var which])
        {
            var ev = new Evaluator();
            var pf = Synthetic.Many(10_000);
            ev.Evaluate(pf[0]);
            var before = GC.GetTotalMemory(true);
            // How much a kept report holds on to (the garbage collector copies it from generation to generation).
            var kept = pf.Select(s => ev.Evaluate(s)).Where(r => which == "all" || r.Rejected == (which == "rejected")).ToArray();
            var after = GC.GetTotalMemory(true);
            Console.WriteLine($"{kept.Length} {which} reports kept: {(after - before) / (double)kept.Length:F0} bytes each");
            GC.KeepAlive(kept);
            return;
        }
        if (args is ["quick", ..])
        {
            Quick(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000);
            return;
        }
        if (args is ["verdicts", var root, var output])
        {
            Verdicts.Write(root, output);
            return;
        }
        if (args is ["jsonl", var count, var path])
        {
            // A synthetic portfolio as JSON Lines in the registry's field names, for timing the CLI end to end.
            var options = new System.Text.Json.JsonSerializerOptions
            {
                PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
                DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
            };
            using var w = new StreamWriter(path);
            foreach (var s in Synthetic.Many(int.Parse(count, CultureInfo.InvariantCulture)))
                w.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { brand = s.Brand, campaign = s.Campaign }, options));
            return;
        }
        if (args is ["one", ..])
        {
            // The BenchmarkDotNet "one submission" case by stopwatch, after the JIT has settled.
            var evaluator = new Evaluator();
            var one = Synthetic.One(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 42);
            for (var round = 0; round < 5; round++)
            {
                var sw = Stopwatch.StartNew();
                for (var i = 0; i < 5_000; i++) evaluator.Evaluate(one);
                Console.WriteLine($"round {round}: {sw.Elapsed.TotalMicroseconds / 5_000:F1} µs per evaluation");
            }
            return;
        }
        if (args is ["contention"])
        {
            RegexProbe.Contention();
            return;
        }
        if (args is ["alloc", ..])
        {
            AllocationProfile.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10);
            return;
        }
        if (args is ["only", ..])
        {
            SubmissionOnly(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 6,
                streamed: args.Length > 3 && args[3] == "streamed");
            return;
        }
        if (args is ["gates"])
        {
            RegexProbe.Gates();
            return;
        }
        if (args is ["regex"])
        {
            RegexProbe.All();
            return;
        }
        if (args is ["regex", var typeName, var method])
        {
            RegexProbe.Run(typeName, method);
            return;
        }
        if (args is ["steady", ..])
        {
            Steady(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5, args is [_, _, _, "serial"]);
            return;
        }
        if (args is ["profile", ..])
        {
            Profile(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    /// <summary>
    /// The BenchmarkDotNet "submission-only" case by stopwatch: every core, each registration judged alone, reports kept;
    /// with the CPU time and the share of it the garbage collector's pauses took.
    /// </summary>
    /// <param name="streamed">
    /// Hand each report on as it is made (<see cref="Evaluator.StreamPortfolio{T}"/>, as the CLI's JSON lines and text
    /// report do) instead of keeping all of them; the kept reports are what the garbage collector spends its pauses on.
    /// The streamed case always uses every core (PREFLIGHT_BENCH_THREADS applies to the kept case only).
    /// </param>
    private static void SubmissionOnly(int n, int passes, bool streamed)
    {
        var evaluator = new Evaluator();
        var portfolio = Synthetic.Many(n);
        // PREFLIGHT_BENCH_THREADS=1 judges on one thread: with two such processes at once it shows what the cores give
        // without sharing a process.
        var threads = int.TryParse(Environment.GetEnvironmentVariable("PREFLIGHT_BENCH_THREADS"), CultureInfo.InvariantCulture, out var t) ? t : -1;
        for (var pass = 1; pass <= passes; pass++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var pause = GC.GetTotalPauseDuration();
            int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1);
            var sw = Stopwatch.StartNew();
            int rejected;
            if (streamed)
            {
                rejected = evaluator.StreamPortfolio(portfolio, static (_, r) => r.Rejected, portfolioRules: false).Count(r => r);
            }
            else
            {
                var reports = new SubmissionReport[n];
                Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => reports[i] = evaluator.Evaluate(portfolio[i]));
                rejected = reports.Count(r => r.Rejected);
            }
            sw.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var paused = GC.GetTotalPauseDuration() - pause;
            Console.WriteLine($"pass {pass}: {sw.Elapsed.TotalMilliseconds:F0} ms = {n / sw.Elapsed.TotalSeconds:F0} submissions/s; CPU {cpu.TotalMilliseconds * 1000 / n:F0} µs per submission; " +
                              $"GC pauses {paused.TotalMilliseconds:F0} ms ({100 * paused / sw.Elapsed:F0}% of the wall time), {GC.CollectionCount(0) - g0} collections ({GC.CollectionCount(1) - g1} of gen 1); rejected {rejected}");
        }
    }

    private static void Quick(int n)
    {
        var evaluator = new Evaluator();
        var portfolio = Synthetic.Many(n);
        evaluator.EvaluatePortfolio(Synthetic.Many(500));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var pause = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes();
        var sw = Stopwatch.StartNew();
        var reports = evaluator.EvaluatePortfolio(portfolio);
        sw.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{n} submissions, {evaluator.Catalog.Rules.Count} rules: {sw.Elapsed.TotalMilliseconds:F0} ms = {n / sw.Elapsed.TotalSeconds:F0} submissions/s; rejected {reports.Count(r => r.Rejected)}");
        // On a shared machine the wall clock also counts other processes; CPU time does not.
        Console.WriteLine($"  CPU time {cpu.TotalMilliseconds:F0} ms = {n / cpu.TotalSeconds:F0} submissions per CPU-second ({Environment.ProcessorCount} cores); " +
                          $"GC pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms; allocated {(GC.GetTotalAllocatedBytes() - allocated) / n / 1024.0:F0} KB per submission");
        var failing = reports.SelectMany(r => r.Results).Where(r => r.IsFailedRejection).GroupBy(r => r.Rule.Code).OrderByDescending(g => g.Count()).Take(5);
        foreach (var g in failing) Console.WriteLine($"  {g.Key}: {g.Count()}");
        sw.Restart();
        PortfolioIndex.Build(portfolio);
        Console.WriteLine($"PortfolioIndex.Build({n}): {sw.Elapsed.TotalMilliseconds:F0} ms");
    }

    /// <summary>
    /// The same portfolio judged <paramref name="passes"/> times in one process: the first pass pays for JIT tiering,
    /// the later ones show the steady state BenchmarkDotNet reports. Wall clock and CPU time per pass.
    /// </summary>
    private static void Steady(int n, int passes, bool serial)
    {
        var evaluator = new Evaluator();
        var portfolio = Synthetic.Many(n);
        // Reports dropped as they are made: separates the cost of keeping reports from the cost of judging.
        var keep = Environment.GetEnvironmentVariable("PREFLIGHT_BENCH_DISCARD") is null;
        SubmissionReport Judge(PortfolioIndex index, int i) => evaluator.Evaluate(portfolio[i], portfolio: index.For(i));
        for (var pass = 1; pass <= passes; pass++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var pause = GC.GetTotalPauseDuration();
            var sw = Stopwatch.StartNew();
            IReadOnlyList<SubmissionReport> reports;
            if (serial)
            {
                var index = PortfolioIndex.Build(portfolio);
                var list = new SubmissionReport[n];
                for (var i = 0; i < n; i++)
                {
                    var r = Judge(index, i);
                    list[i] = keep ? r : list[0] ?? r;
                }
                reports = list;
            }
            else if (!keep)
            {
                var index = PortfolioIndex.Build(portfolio);
                var first = new SubmissionReport[1];
                Parallel.For(0, n, i =>
                {
                    var r = Judge(index, i);
                    if (i == 0) first[0] = r;
                });
                reports = first;
            }
            else reports = evaluator.EvaluatePortfolio(portfolio);
            sw.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            if (pass == passes)
            {
                var held = GC.GetTotalMemory(forceFullCollection: true);
                GC.KeepAlive(reports);
                reports = [];
                Console.WriteLine($"reports of {n} submissions hold {(held - GC.GetTotalMemory(forceFullCollection: true)) / 1024.0 / n:F1} KB each");
            }
            Console.WriteLine($"pass {pass}: {sw.Elapsed.TotalMilliseconds:F0} ms = {n / sw.Elapsed.TotalSeconds:F0} submissions/s; " +
                              $"CPU {cpu.TotalMilliseconds:F0} ms = {cpu.TotalMilliseconds * 1000 / n:F0} µs per submission; GC pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms (gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}); rejected {reports.Count(r => r.Rejected)}");
        }
    }

    /// <summary>
    /// Single-threaded profile over <paramref name="n"/> synthetic submissions. For each submission a fresh
    /// <see cref="RuleContext"/> is built and every rule runs twice: the first (cold) run pays for the shared facts the
    /// rule is the first to ask for; the second (warm) run on the same context is the rule's own cost. A separate
    /// pass times each shared text fact of each field on a fresh <see cref="SubmissionAnalysis"/>.
    /// </summary>
    private static void Profile(int n)
    {
        var evaluator = new Evaluator();
        var rules = evaluator.Catalog.Rules;
        var portfolio = Synthetic.Many(n);
        var index = PortfolioIndex.Build(portfolio);
        // Until the JIT has finished tiering (tens of thousands of submissions) the figures mostly time the JIT.
        for (var round = 0; round < Math.Max(3, 20_000 / Math.Max(1, n)); round++)
            for (var i = 0; i < portfolio.Count; i++) evaluator.Evaluate(portfolio[i], portfolio: index.For(i));

        var cold = new long[rules.Count];
        var warm = new long[rules.Count];
        var bytes = new long[rules.Count];
        long contextTicks = 0;
        var total = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < n; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var context = new RuleContext(portfolio[i], portfolio: index.For(i));
            contextTicks += Stopwatch.GetTimestamp() - t0;
            var available = context.Available;
            for (var pass = 0; pass < 2; pass++)
            {
                var sums = pass == 0 ? cold : warm;
                for (var r = 0; r < rules.Count; r++)
                {
                    if ((rules[r].Descriptor.Needs & ~available) != Needs.None) continue;
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var start = Stopwatch.GetTimestamp();
                    try { rules[r].Evaluate(context); }
                    catch (Exception ex) when (ex is not OutOfMemoryException) { }
                    sums[r] += Stopwatch.GetTimestamp() - start;
                    if (pass == 0) bytes[r] += GC.GetAllocatedBytesForCurrentThread() - allocated;
                }
            }
        }
        total.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

        double Us(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency / n;
        var coldSum = cold.Sum();
        var warmSum = warm.Sum();
        Console.WriteLine($"{n} submissions, {rules.Count} rules, one thread, {total.Elapsed.TotalMilliseconds:F0} ms in all ({cpu.TotalMilliseconds:F0} ms CPU, both passes)");
        Console.WriteLine($"per submission: cold {Us(coldSum + contextTicks):F1} µs (context {Us(contextTicks):F1} µs) = {n * Stopwatch.Frequency / (double)(coldSum + contextTicks):F0} submissions/s; " +
                          $"warm re-run {Us(warmSum):F1} µs; so shared facts ≈ {Us(coldSum - warmSum):F1} µs");
        Console.WriteLine();
        Console.WriteLine("Top 25 rules by cold time (µs per submission; cold includes shared facts first asked for by the rule)");
        Console.WriteLine($"{"code",-8}{"cold",9}{"warm",9}{"KB",8}  title");
        foreach (var r in Enumerable.Range(0, rules.Count).OrderByDescending(r => cold[r]).Take(25))
            Console.WriteLine($"{rules[r].Descriptor.Code,-8}{Us(cold[r]),9:F2}{Us(warm[r]),9:F2}{bytes[r] / 1024.0 / n,8:F1}  {Trim(rules[r].Descriptor.Title, 62)}");
        Console.WriteLine("Top 15 rules by warm time (their own work, shared facts already read)");
        foreach (var r in Enumerable.Range(0, rules.Count).OrderByDescending(r => warm[r]).Take(15))
            Console.WriteLine($"{rules[r].Descriptor.Code,-8}{Us(warm[r]),9:F2}  {Trim(rules[r].Descriptor.Title, 62)}");
        Console.WriteLine($"allocated by the rules (cold pass): {bytes.Sum() / 1024.0 / n:F1} KB per submission; top:");
        foreach (var r in Enumerable.Range(0, rules.Count).OrderByDescending(r => bytes[r]).Take(12))
            Console.Write($" {rules[r].Descriptor.Code} {bytes[r] / 1024.0 / n:F1};");
        Console.WriteLine();

        ProfileSharedFacts(portfolio);
    }

    /// <summary>Each shared text fact of each campaign text field, timed on a fresh analysis (µs per submission, summed over fields).</summary>
    private static void ProfileSharedFacts(IReadOnlyList<Submission> portfolio)
    {
        var data = ReferenceData.Default;
        var facts = new (string Name, Action<FieldAnalysis> Read)[]
        {
            ("brand name", f => _ = f.BrandName),
            ("opt-out instruction", f => _ = f.OptOutInstruction),
            ("help instruction", f => _ = f.HelpInstruction),
            ("frequency", f => _ = f.Frequency),
            ("rates notice", f => _ = f.RatesNotice),
            ("no further messages", f => _ = f.NoFurtherMessages),
            ("opt-out confirmation", f => _ = f.OptOutConfirmation),
            ("support contact", f => _ = f.SupportContact),
            ("privacy reference", f => _ = f.PrivacyReference),
            ("terms reference", f => _ = f.TermsReference),
            ("message type", f => _ = f.MessageType),
            ("urls", f => _ = f.Urls),
            ("phones", f => _ = f.Phones),
            ("emoji", f => _ = f.Emoji),
            ("language", f => _ = f.Language),
            ("opt-in methods", f => _ = f.OptInMethods),
        };
        var categories = Enum.GetValues<ContentCategory>();
        var sums = new long[facts.Length + categories.Length];
        for (var round = 0; round < 3; round++)
            foreach (var s in portfolio)
            {
                var analysis = new SubmissionAnalysis(s, data);
                foreach (var field in s.CampaignTextFields)
                {
                    var f = analysis.Field(field.Pointer);
                    foreach (var fact in facts) fact.Read(f);
                    foreach (var c in categories) _ = f.ContentHits(c);
                }
            }
        foreach (var s in portfolio)
        {
            var analysis = new SubmissionAnalysis(s, data);
            foreach (var field in s.CampaignTextFields)
            {
                var f = analysis.Field(field.Pointer);
                for (var k = 0; k < facts.Length; k++)
                {
                    var start = Stopwatch.GetTimestamp();
                    facts[k].Read(f);
                    sums[k] += Stopwatch.GetTimestamp() - start;
                }
                for (var c = 0; c < categories.Length; c++)
                {
                    var start = Stopwatch.GetTimestamp();
                    _ = f.ContentHits(categories[c]);
                    sums[facts.Length + c] += Stopwatch.GetTimestamp() - start;
                }
            }
        }
        double Us(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency / portfolio.Count;
        var names = facts.Select(f => f.Name).Concat(categories.Select(c => "content: " + c)).ToArray();
        Console.WriteLine();
        Console.WriteLine($"Shared text facts over every campaign text field: {Us(sums.Sum()):F1} µs per submission");
        foreach (var k in Enumerable.Range(0, sums.Length).OrderByDescending(k => sums[k]).Take(20))
            Console.WriteLine($"  {names[k],-28}{Us(sums[k]),9:F2}");
    }

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}

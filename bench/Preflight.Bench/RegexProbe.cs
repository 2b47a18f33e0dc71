using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using Preflight.Core.Text;

namespace Preflight.Bench;

/// <summary>Times a shared pattern as generated (backtracking) against the same pattern on the non-backtracking engine, over the synthetic campaign texts.</summary>
public static class RegexProbe
{
    /// <summary>Every parameterless static method returning a Regex in the core assembly, probed one by one.</summary>
    public static void All()
    {
        var texts = Synthetic.Many(2000).SelectMany(s => s.CampaignTextFields.Select(f => f.Value)).ToArray();
        foreach (var type in typeof(Disclosures).Assembly.GetTypes())
            foreach (var m in type.GetMethods(BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Public | BindingFlags.DeclaredOnly))
            {
                if (m.ReturnType != typeof(Regex) || m.GetParameters().Length != 0) continue;
                var generated = (Regex)m.Invoke(null, null)!;
                Regex dfa;
                try { dfa = new Regex(generated.ToString(), generated.Options | RegexOptions.NonBacktracking, generated.MatchTimeout); }
                catch (NotSupportedException) { Console.WriteLine($"{type.Name}.{m.Name}: not supported"); continue; }
                var differ = 0;
                foreach (var t in texts)
                {
                    var a = generated.Match(t);
                    var b = dfa.Match(t);
                    if (a.Success != b.Success || a.Index != b.Index || a.Length != b.Length) differ++;
                }
                double Time(Regex r) => PerSubmission(texts, r.Match);
                var one = Synthetic.One(7).CampaignTextFields.Select(f => f.Value).ToArray();
                var cold = Stopwatch.StartNew();
                var fresh = new Regex(generated.ToString(), generated.Options | RegexOptions.NonBacktracking, generated.MatchTimeout);
                foreach (var t in one) GC.KeepAlive(fresh.Match(t));
                var coldMs = cold.Elapsed.TotalMilliseconds;
                Time(generated); Time(dfa);
                Console.WriteLine($"{type.Name}.{m.Name}: generated {Time(generated):F2} µs, non-backtracking {Time(dfa):F2} µs per submission's fields; {differ} differ; cold {coldMs:F2} ms");
            }
    }

    public static void Run(string typeName, string method)
    {
        var type = typeof(Disclosures).Assembly.GetType("Preflight.Core.Text." + typeName) ?? throw new ArgumentException(typeName);
        var generated = (Regex)type.GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Public)!.Invoke(null, null)!;
        var dfa = new Regex(generated.ToString(), generated.Options | RegexOptions.NonBacktracking, generated.MatchTimeout);
        var texts = Synthetic.Many(3000).SelectMany(s => s.CampaignTextFields.Select(f => f.Value)).ToArray();
        var differ = 0;
        foreach (var t in texts)
        {
            var a = generated.Match(t);
            var b = dfa.Match(t);
            if (a.Success != b.Success || a.Index != b.Index || a.Length != b.Length) differ++;
        }
        foreach (var (name, r) in new[] { ("generated", generated), ("non-backtracking", dfa), ("generated", generated), ("non-backtracking", dfa) })
        {
            var sw = Stopwatch.StartNew();
            var hits = 0;
            for (var round = 0; round < 5; round++)
                foreach (var t in texts) { var m = r.Match(t); hits += m.Success ? 1 : 0; }
            Console.WriteLine($"{typeName}.{method} {name,-17} {sw.Elapsed.TotalMicroseconds / 5 / 3000,7:F2} µs per submission ({texts.Length / 3000.0:F1} fields), {hits / 5} hits");
        }
        Console.WriteLine($"  differing first matches: {differ} of {texts.Length}");
    }

    /// <summary>Every <see cref="LeadGatedRegex"/> in the core assembly: the gated search against the pattern's own search.</summary>
    public static void Gates()
    {
        var texts = Synthetic.Many(2000).SelectMany(s => s.CampaignTextFields.Select(f => f.Value)).ToArray();
        foreach (var type in typeof(Disclosures).Assembly.GetTypes())
            foreach (var f in type.GetFields(BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Public | BindingFlags.DeclaredOnly))
            {
                if (f.FieldType != typeof(LeadGatedRegex)) continue;
                var gate = (LeadGatedRegex)f.GetValue(null)!;
                double Time(Func<string, object?> match) => PerSubmission(texts, match);
                Time(gate.Anywhere.Match); Time(gate.Find);
                Console.WriteLine($"{type.Name}.{f.Name,-22} pattern {Time(gate.Anywhere.Match),7:F2} µs, gated {Time(gate.Find),7:F2} µs per submission's fields");
            }
    }

    /// <summary>
    /// What sharing one <see cref="Regex"/> between threads costs: a pattern that fails fast (as most tries on campaign
    /// text do), run 2,000,000 times on one thread, on two threads sharing the instance, and on two threads with an
    /// instance each. A Regex keeps one cached runner, so two threads on the same instance take turns with it.
    /// </summary>
    public static void Contention()
    {
        var text = Synthetic.One(3).Campaign.MessageFlow!;
        const string Pattern = @"\bfoo(?:bar|baz)\b";
        var shared = new Regex(Pattern, RegexOptions.Compiled);
        Regex[] own = [new(Pattern, RegexOptions.Compiled), new(Pattern, RegexOptions.Compiled)];
        double Run(Func<int, Regex> pick, int threads)
        {
            var sw = Stopwatch.StartNew();
            Parallel.For(0, threads, t =>
            {
                var r = pick(t);
                for (var i = 0; i < 2_000_000; i++) GC.KeepAlive(r.Match(text, i % 200));
            });
            return sw.Elapsed.TotalMilliseconds;
        }
        for (var round = 0; round < 4; round++)
            Console.WriteLine($"2,000,000 tries per thread: one thread {Run(_ => shared, 1):F0} ms; two threads sharing one instance {Run(_ => shared, 2):F0} ms; two threads with one instance each {Run(t => own[t], 2):F0} ms");
    }

    // Microseconds per submission (2,000 submissions' fields in texts) of one search, averaged over three rounds.
    private static double PerSubmission(string[] texts, Func<string, object?> match)
    {
        var sw = Stopwatch.StartNew();
        for (var round = 0; round < 3; round++)
            foreach (var t in texts) GC.KeepAlive(match(t));
        return sw.Elapsed.TotalMicroseconds / 3 / 2000;
    }
}

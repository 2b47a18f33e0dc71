using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Preflight.Core.Engine;
using Preflight.Core.Input;
using Preflight.Core.Model;

namespace Preflight.Bench;

/// <summary>
/// A differential check for speed work: judges a large, varied set of submissions and writes one line per rule
/// result (outcome, evidence pointer, offsets and excerpt). Run it before and after a change and compare the files:
/// any difference is a changed verdict. The set is the synthetic portfolio, every JSON submission in the repository,
/// and every string literal of the test sources placed, one at a time, in each campaign text field and the brand
/// names of a compliant base registration.
/// </summary>
public static partial class Verdicts
{
    public static void Write(string root, string output)
    {
        var subs = new List<Submission>(Synthetic.Many(3_000));
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (IsBuildOutput(file)) continue;
            try { subs.Add(SubmissionReader.Default.Read(File.ReadAllBytes(file), file).Submission); }
            catch (InputException) { }
        }
        var literals = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.cs", SearchOption.AllDirectories))
        {
            // Generated sources under obj/ carry the commit hash, which would make two builds' inputs differ.
            if (IsBuildOutput(file)) continue;
            foreach (Match m in Literal().Matches(File.ReadAllText(file)))
            {
                var s = m.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
                if (s.Length >= 6) literals.Add(s);
            }
        }
        var k = 0;
        foreach (var text in literals)
        {
            var b = Synthetic.One(k++);
            var c = b.Campaign;
            subs.Add(b with { Campaign = c with { Description = text } });
            subs.Add(b with { Campaign = c with { MessageFlow = text } });
            subs.Add(b with { Campaign = c with { Sample1 = text } });
            subs.Add(b with { Campaign = c with { Sample2 = text, Sample3 = c.Sample1 + " " + text } });
            subs.Add(b with { Campaign = c with { OptinMessage = text } });
            subs.Add(b with { Campaign = c with { OptoutMessage = text } });
            subs.Add(b with { Campaign = c with { HelpMessage = text, OptinKeywords = text.Length < 40 ? text : c.OptinKeywords } });
            subs.Add(b with { Brand = b.Brand with { DisplayName = text.Length < 60 ? text : b.Brand.DisplayName, CompanyName = text.Length < 60 ? text + " LLC" : b.Brand.CompanyName } });
            subs.Add(b with { Campaign = c with { MessageFlow = c.MessageFlow + " " + text, Description = text + " " + c.Description } });
        }
        var evaluator = new Evaluator(clock: new FixedClock());
        var reports = evaluator.EvaluatePortfolio(subs);
        using var w = new StreamWriter(output, false, new UTF8Encoding(false));
        for (var i = 0; i < reports.Count; i++)
        {
            var sb = new StringBuilder();
            sb.Append(i.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(reports[i].Verdict).Append('\n');
            foreach (var r in reports[i].Results)
            {
                if (r.Outcome == Outcome.Passed && r.Findings.Count == 0 && r.Note is null) continue;
                sb.Append("  ").Append(r.Rule.Code).Append(' ').Append(r.Outcome).Append(' ').Append(r.Note).Append('\n');
                foreach (var f in r.Findings)
                    sb.Append("    ").Append(f.Evidence.Path).Append('@').Append(f.Evidence.Start).Append('+').Append(f.Evidence.Length)
                      .Append(' ').Append(f.Evidence.Excerpt?.ReplaceLineEndings(" ")).Append(" | ").Append(f.Message.ReplaceLineEndings(" ")).Append('\n');
            }
            w.Write(sb);
        }
        Console.WriteLine($"{subs.Count} submissions ({literals.Count} literals), {reports.Count(r => r.Rejected)} rejected -> {output}");
    }

    private static bool IsBuildOutput(string file) =>
        file.Contains("/bin/", StringComparison.Ordinal) || file.Contains("/obj/", StringComparison.Ordinal) || file.Contains("/.git/", StringComparison.Ordinal);

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    }

    [GeneratedRegex("\"((?:[^\"\\\\\\n]|\\\\.){6,400})\"")]
    private static partial Regex Literal();
}

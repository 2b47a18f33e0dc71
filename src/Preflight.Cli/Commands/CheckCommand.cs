using System.CommandLine;
using System.Text;
using Preflight.Core.Engine;
using Preflight.Core.Input;
using Preflight.Core.Model;
using Preflight.Core.Reporting;
using Preflight.Core.Sites;

namespace Preflight.Cli.Commands;

/// <summary>The report formats of <c>check</c>.</summary>
internal enum ReportFormat
{
    Text,
    Json,
    Sarif,
    Html,
}

/// <summary>Everything <c>check</c> was asked to do.</summary>
/// <param name="Crawl">Gather the addresses the submissions name first; the options say how (null: no crawl).</param>
/// <param name="SiteEvidence">Judge with a crawl saved by --save instead (no network).</param>
/// <param name="Save">Write the crawl to this folder.</param>
internal sealed record CheckOptions(string Input, ReportFormat Format, string? Output, bool Verbose,
    Gathering.GatherOptions? Crawl = null, string? SiteEvidence = null, string? Save = null);

/// <summary>
/// <c>preflight check &lt;file|dir|file.jsonl&gt;</c>: reads the submission(s), runs every rule, reports. A directory
/// or JSON Lines file is a portfolio: the portfolio rules run across it and JSON output is one line per submission.
/// With <c>--crawl</c> the web addresses the submissions name are gathered first (see <see cref="Crawl"/>) and the
/// page rules run too; <c>--site-evidence DIR</c> judges a crawl saved with <c>--save DIR</c> instead, offline.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("input")
        {
            Description = "A submission .json file, a directory of them (a portfolio), or a .jsonl file with one submission per line.",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format: text, json, sarif or html.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "html");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of stdout." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List the rules that could not be evaluated, and passed counts." };
        var crawl = new Option<bool>("--crawl")
        {
            Description = "Also gather the web addresses the submission names (website, privacy policy, terms, addresses in the message flow) and run the page rules.",
        };
        var evidence = new Option<string?>("--site-evidence") { HelpName = "DIR", Description = "Judge with a crawl saved by --crawl --save DIR instead of gathering: no network is used." };
        var save = new Option<string?>("--save") { HelpName = "DIR", Description = "With --crawl: write the gathered evidence to this folder, to judge again later with --site-evidence." };
        var network = new NetworkOptions();

        var command = new Command("check", "Check a submission (or a portfolio) against every rule.") { input, format, output, verbose, crawl, evidence, save };
        foreach (var o in network.All) command.Options.Add(o);
        command.SetAction(parse =>
        {
            var crawling = parse.GetValue(crawl);
            var saved = parse.GetValue(evidence);
            var saveTo = parse.GetValue(save);
            if (crawling && saved is not null) throw new InputException("--site-evidence", "judges a saved crawl; it cannot be combined with --crawl");
            if (saveTo is not null && !crawling) throw new InputException("--save", "saves a crawl: use it with --crawl");
            if (!crawling && network.Given(parse) is { Count: > 0 } given)
                throw new InputException(given[0], $"{string.Join(", ", given)} {(given.Count == 1 ? "says" : "say")} how to crawl: use {(given.Count == 1 ? "it" : "them")} with --crawl");
            return Execute(context, new CheckOptions(
                parse.GetValue(input)!,
                Enum.Parse<ReportFormat>(parse.GetValue(format) ?? "text", ignoreCase: true),
                parse.GetValue(output),
                parse.GetValue(verbose),
                crawling ? network.Build(context, parse) : null,
                saved,
                saveTo));
        });
        return command;
    }

    public static int Execute(CliContext context, CheckOptions options)
    {
        var loaded = InputLoader.Load(context, options.Input, SubmissionReader.Default);
        var evaluator = new Evaluator();
        var submissions = loaded.Documents.Select(d => d.Submission).ToArray();
        var web = options.Crawl is not null || options.SiteEvidence is not null ? CheckSites.Get(context, options, submissions) : null;
        IReadOnlyList<SiteEvidence> refused = web is null ? [] : Crawl.Refused(web.All);
        Tally tally;
        using (var target = OutputTarget.Open(context, options.Output))
        {
            var text = options.Format == ReportFormat.Text;
            if (web is not null && text) web.WriteSummary(target.Writer);
            // A portfolio's JSON lines and text report are written as the submissions are judged, a window at a time,
            // so a 100,000-line file never holds all its reports. SARIF and HTML are one document over all of them.
            tally = loaded.IsPortfolio && options.Format is ReportFormat.Json or ReportFormat.Text
                ? Stream(target.Writer, evaluator, loaded.Documents, submissions, web, options)
                : RenderAll(target.Writer, evaluator, loaded, submissions, web, options);
            if (text && refused.Count > 0 && tally.Rejected == 0)
                target.Writer.WriteLine($"NOT CHECKED: {(refused.Count == 1 ? "1 address was" : $"{refused.Count} addresses were")} refused (private, loopback or link-local); --allow-private allows it.");
            target.Writer.Flush();
            if (target.Path is not null)
            {
                var summary = loaded.IsPortfolio ? $"{tally.Rejected} of {tally.Count} submissions rejected" : tally.Line;
                context.Out.WriteLine($"Wrote {target.Path}: {summary}");
            }
        }
        Crawl.ReportRefused(context, refused);
        return Crawl.ExitCode(tally.Rejected > 0, refused.Count > 0);
    }

    /// <summary>What was reported: how many submissions, how many rejected, and the verdict line of a single one.</summary>
    private readonly record struct Tally(int Count, int Rejected, string Line);

    private static Tally RenderAll(TextWriter w, Evaluator evaluator, LoadedInput loaded, Submission[] submissions, CheckSites? web, CheckOptions options)
    {
        var reports = loaded.IsPortfolio
            ? evaluator.EvaluatePortfolio(submissions, web is null ? null : web.For)
            : [evaluator.Evaluate(submissions[0], web?.Sets[0])];
        var items = new CheckedSubmission[reports.Count];
        Parallel.For(0, items.Length, i => items[i] = new CheckedSubmission(loaded.Documents[i], reports[i]) { Sites = web?.Sets[i] });
        Render(w, evaluator.Catalog, items, options);
        return new Tally(items.Length, items.Count(i => i.Verdict.Rejected), items[0].Verdict.Line);
    }

    private static Tally Stream(TextWriter w, Evaluator evaluator, IReadOnlyList<SubmissionDocument> documents, Submission[] submissions, CheckSites? web, CheckOptions options)
    {
        var sites = web is null ? null : (Func<Submission, SiteEvidenceSet?>)web.For;
        int count = 0, rejected = 0;
        CheckedSubmission Check(int i, SubmissionReport report) => new(documents[i], report) { Sites = web?.Sets[i] };
        if (options.Format == ReportFormat.Json)
        {
            // Each line repeats the catalogue's text: escape it once, and build each line on the core that judged the
            // submission. A UTF-8 file or stdout takes the lines' bytes as they are, without decoding them into a
            // string and encoding them again.
            var descriptors = new JsonReport.Descriptors(evaluator.Catalog);
            var bytes = w is StreamWriter { Encoding: UTF8Encoding utf8 } sw && utf8.Preamble.Length == 0 ? sw : null;
            bytes?.Flush();
            foreach (var (isRejected, line) in evaluator.StreamPortfolio(submissions, (i, report) =>
                     {
                         var item = Check(i, report);
                         return (item.Verdict.Rejected, JsonReport.ToUtf8(item, indented: false, descriptors));
                     }, sites))
            {
                count++;
                if (isRejected) rejected++;
                if (bytes is not null)
                {
                    bytes.BaseStream.Write(line);
                    bytes.BaseStream.WriteByte((byte)'\n');
                }
                else
                {
                    w.Write(Encoding.UTF8.GetString(line));
                    w.Write('\n');
                }
            }
            return new Tally(count, rejected, "");
        }
        var report = new TextReport.PortfolioWriter(w, options.Verbose);
        foreach (var item in evaluator.StreamPortfolio(submissions, Check, sites))
            report.Add(item);
        report.Finish();
        return new Tally(report.Count, report.Rejected, "");
    }

    // One submission in any format, or a portfolio as SARIF or HTML (JSON lines and text are streamed, see Stream).
    private static void Render(TextWriter w, RuleCatalog catalog, CheckedSubmission[] items, CheckOptions options)
    {
        switch (options.Format)
        {
            case ReportFormat.Json:
                w.Write(JsonReport.ToJson(items[0], indented: true) + "\n");
                break;
            case ReportFormat.Sarif:
                w.Write(SarifReport.ToJson(catalog, items) + "\n");
                break;
            case ReportFormat.Html:
                HtmlReport.Write(w, items);
                break;
            default:
                TextReport.Write(w, items[0], options.Verbose);
                break;
        }
    }
}

using System.CommandLine;
using Preflight.Core.Engine;
using Preflight.Core.Input;
using Preflight.Core.Reporting;

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
internal sealed record CheckOptions(string Input, ReportFormat Format, string? Output, bool Verbose);

/// <summary>
/// <c>preflight check &lt;file|dir|file.jsonl&gt;</c>: reads the submission(s), runs every rule, reports. A directory
/// or JSON Lines file is a portfolio: the portfolio rules run across it and JSON output is one line per submission.
/// (Site evidence options — --crawl, --site-evidence — will join here.)
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

        var command = new Command("check", "Check a submission (or a portfolio) against every rule.") { input, format, output, verbose };
        command.SetAction(parse => Execute(context, new CheckOptions(
            parse.GetValue(input)!,
            Enum.Parse<ReportFormat>(parse.GetValue(format) ?? "text", ignoreCase: true),
            parse.GetValue(output),
            parse.GetValue(verbose))));
        return command;
    }

    public static int Execute(CliContext context, CheckOptions options)
    {
        var loaded = InputLoader.Load(context, options.Input, SubmissionReader.Default);
        var evaluator = new Evaluator();
        var submissions = loaded.Documents.Select(d => d.Submission).ToArray();
        var reports = loaded.IsPortfolio
            ? evaluator.EvaluatePortfolio(submissions)
            : [evaluator.Evaluate(submissions[0])];
        var items = new CheckedSubmission[reports.Count];
        for (var i = 0; i < items.Length; i++) items[i] = new CheckedSubmission(loaded.Documents[i], reports[i]);

        using (var target = OutputTarget.Open(context, options.Output))
        {
            Render(target.Writer, evaluator.Catalog, items, loaded.IsPortfolio, options);
            target.Writer.Flush();
            if (target.Path is not null)
            {
                var summary = loaded.IsPortfolio
                    ? $"{items.Count(i => i.Verdict.Rejected)} of {items.Length} submissions rejected"
                    : items[0].Verdict.Line;
                context.Out.WriteLine($"Wrote {target.Path}: {summary}");
            }
        }
        return items.Any(i => i.Verdict.Rejected) ? ExitCodes.Rejected : ExitCodes.Pass;
    }

    private static void Render(TextWriter w, RuleCatalog catalog, CheckedSubmission[] items, bool portfolio, CheckOptions options)
    {
        switch (options.Format)
        {
            case ReportFormat.Json when portfolio:
                foreach (var item in items) w.Write(JsonReport.ToJson(item, indented: false) + "\n");
                break;
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
                if (portfolio) TextReport.WritePortfolio(w, items, options.Verbose);
                else TextReport.Write(w, items[0], options.Verbose);
                break;
        }
    }
}

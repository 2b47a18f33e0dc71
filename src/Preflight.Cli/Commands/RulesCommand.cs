using System.CommandLine;
using Preflight.Core.Engine;
using Preflight.Core.Reporting;

namespace Preflight.Cli.Commands;

/// <summary><c>preflight rules</c>: the catalogue as a table, JSON, or the Markdown of docs/rules/README.md.</summary>
internal static class RulesCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "text, json, or md (the generated docs/rules/README.md).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "md");
        var command = new Command("rules", "List every rule: code, equivalents, title, area, severity, needs, fix.") { format };
        command.SetAction(parse => Execute(context, parse.GetValue(format) ?? "text"));
        return command;
    }

    public static int Execute(CliContext context, string format)
    {
        var catalog = RuleCatalog.Default;
        var w = context.Out;
        switch (format)
        {
            case "json":
                w.Write(CatalogListing.Json(catalog) + "\n");
                break;
            case "md":
                w.Write(CatalogListing.Markdown(catalog));
                break;
            default:
                w.Write(CatalogListing.Text(catalog));
                break;
        }
        return ExitCodes.Pass;
    }
}

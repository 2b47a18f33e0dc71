using System.CommandLine;
using Preflight.Core.Engine;
using Preflight.Core.Input;
using Preflight.Core.Reporting;

namespace Preflight.Cli.Commands;

/// <summary>
/// <c>preflight explain &lt;code&gt;</c>: prints the rule's page (docs/rules/&lt;code&gt;.md, embedded in the binary).
/// A code from another family (a DCA or Twilio code) finds the rule that lists it as an equivalent.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var code = new Argument<string>("code") { Description = "A rule code (5104, 803, 30925, PF001) or an equivalent code from another family." };
        var command = new Command("explain", "Show what a rule checks, why carriers reject it, and how to fix it.") { code };
        command.SetAction(parse => Execute(context, parse.GetValue(code)!));
        return command;
    }

    public static int Execute(CliContext context, string code)
    {
        var catalog = RuleCatalog.Default;
        var wanted = code.Trim();
        var rules = catalog.ByCode.TryGetValue(wanted, out var exact)
            ? [exact]
            : catalog.Rules.Where(r => r.Descriptor.Equivalents.Contains(wanted, StringComparer.OrdinalIgnoreCase)).ToArray();
        if (rules.Length == 0)
            throw new InputException(wanted, "no rule has this code or lists it as an equivalent; 'preflight rules' lists every code");

        var w = context.Out;
        if (exact is null)
        {
            var codes = string.Join(", ", rules.Select(r => r.Descriptor.Code));
            w.Write($"{wanted} is listed as the same reason as {codes}.\n\n");
        }
        for (var i = 0; i < rules.Length; i++)
        {
            if (i > 0) w.Write("\n---\n\n");
            var page = Page(rules[i].Descriptor.Code) ?? CatalogListing.GeneratedPage(rules[i].Descriptor);
            w.Write(page.EndsWith('\n') ? page : page + "\n");
        }
        return ExitCodes.Pass;
    }

    /// <summary>The embedded docs/rules/&lt;code&gt;.md, or null when the rule has no page.</summary>
    internal static string? Page(string code)
    {
        using var stream = typeof(ExplainCommand).Assembly.GetManifestResourceStream($"docs/rules/{code}.md");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    internal static IEnumerable<string> EmbeddedPages() =>
        typeof(ExplainCommand).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("docs/rules/", StringComparison.Ordinal));
}

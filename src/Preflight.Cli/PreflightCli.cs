using System.CommandLine;
using Preflight.Cli.Commands;
using Preflight.Core.Input;

namespace Preflight.Cli;

/// <summary>Exit codes of every command (docs/architecture.md, "Contracts").</summary>
public static class ExitCodes
{
    /// <summary>No failed rejection rule (or the command did its job).</summary>
    public const int Pass = 0;

    /// <summary>At least one submission has a failed rejection rule.</summary>
    public const int Rejected = 1;

    /// <summary>The input or the command line cannot be used; one line on stderr says why.</summary>
    public const int BadInput = 2;

    /// <summary>Preflight itself failed.</summary>
    public const int Internal = 3;

    /// <summary>The user interrupted a crawl (Ctrl+C), as shells report SIGINT.</summary>
    public const int Interrupted = 130;
}

/// <summary>What a command may touch: its writers and the directory relative paths start from.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, string CurrentDirectory)
{
    /// <summary>Whether <see cref="Error"/> is a terminal: progress of a crawl is shown only then.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Cancelled when the user interrupts (Ctrl+C): network work stops and the browser closes.</summary>
    public CancellationToken Cancellation { get; init; }

    public string FullPath(string path) => Path.GetFullPath(path, CurrentDirectory);
}

/// <summary>The <c>preflight</c> command line, callable in-process (tests, hosts) with its own writers.</summary>
public static class PreflightCli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string? currentDirectory = null) =>
        Run(args, stdout, stderr, currentDirectory, errorIsTerminal: false, CancellationToken.None);

    /// <summary>
    /// Runs the command line. <paramref name="errorIsTerminal"/> turns on crawl progress on stderr;
    /// <paramref name="cancellationToken"/> interrupts network work (exit 130).
    /// </summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string? currentDirectory, bool errorIsTerminal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var context = new CliContext(stdout, stderr, currentDirectory ?? Environment.CurrentDirectory)
        {
            ErrorIsTerminal = errorIsTerminal,
            Cancellation = cancellationToken,
        };
        try
        {
            var root = BuildRoot(context);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var e in parse.Errors) stderr.WriteLine("preflight: " + e.Message);
                stderr.WriteLine("Run 'preflight --help' for usage.");
                return ExitCodes.BadInput;
            }
            return parse.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (InputException ex)
        {
            stderr.WriteLine(ex.Message);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stderr.WriteLine("preflight: interrupted");
            return ExitCodes.Interrupted;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            stderr.WriteLine($"preflight: internal error: {ex.GetType().Name}: {OneLine(ex.Message)}");
            if (Environment.GetEnvironmentVariable("PREFLIGHT_DEBUG") is "1") stderr.WriteLine(ex);
            else stderr.WriteLine("Set PREFLIGHT_DEBUG=1 to see where it happened, and please report it.");
            return ExitCodes.Internal;
        }
    }

    /// <summary>One command per file under Commands/; new commands (serve…) are added here.</summary>
    internal static RootCommand BuildRoot(CliContext context) => new("Preflight: pre-vets A2P 10DLC brand and campaign registrations against every carrier and DCA rejection code.")
    {
        CheckCommand.Create(context),
        SiteCommand.Create(context),
        RulesCommand.Create(context),
        ExplainCommand.Create(context),
    };

    private static string OneLine(string s) => s.ReplaceLineEndings(" ");
}

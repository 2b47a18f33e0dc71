using System.Diagnostics;
using System.Reflection;

namespace Preflight.Cli.Tests;

/// <summary>The result of one run of the command line.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs <c>preflight</c> in-process (fast) or as the built binary (the real thing), from the repository root.</summary>
public static class Cli
{
    public static string RepoRoot { get; } =
        typeof(Cli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value!.TrimEnd('/', '\\');

    public static string Repo(string relative) => Path.Combine(RepoRoot, relative);

    public static CliRun Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = PreflightCli.Run(args, stdout, stderr, RepoRoot);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the built <c>preflight</c> as its own process.</summary>
    public static CliRun Process(params string[] args)
    {
        var dir = AppContext.BaseDirectory;
        var apphost = Path.Combine(dir, OperatingSystem.IsWindows() ? "preflight.exe" : "preflight");
        var start = File.Exists(apphost)
            ? new ProcessStartInfo(apphost)
            : new ProcessStartInfo("dotnet") { ArgumentList = { "exec", Path.Combine(dir, "preflight.dll") } };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.WorkingDirectory = RepoRoot;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var p = System.Diagnostics.Process.Start(start)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(60_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("preflight did not finish in 60 s");
        }
        return new CliRun(p.ExitCode, output.Result, error.Result);
    }
}

using System.Text.Json;

namespace Preflight.Cli.Tests.Sites;

/// <summary>One finding of a JSON report, flattened for assertions.</summary>
public sealed record FoundEvidence(string Code, string Severity, string Message, string Source, string? Url, string? Selector, string? Excerpt);

/// <summary>The JSON report of <c>preflight site</c> (or <c>check</c>) read back for assertions.</summary>
public sealed class SiteReport
{
    private SiteReport(CliRun run, JsonElement root)
    {
        Run = run;
        Root = root;
    }

    public CliRun Run { get; }

    public JsonElement Root { get; }

    public static SiteReport Parse(CliRun run)
    {
        try
        {
            using var doc = JsonDocument.Parse(run.Out);
            return new SiteReport(run, doc.RootElement.Clone());
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"not JSON (exit {run.ExitCode}): {e.Message}\n{run.Out}\n{run.Error}", e);
        }
    }

    public string Verdict => Root.GetProperty("verdict").GetString()!;

    public IEnumerable<JsonElement> Results => Root.GetProperty("results").EnumerateArray();

    public JsonElement Result(string code) => Results.Single(r => r.GetProperty("code").GetString() == code);

    public string Outcome(string code) => Result(code).GetProperty("outcome").GetString()!;

    public IReadOnlyList<string> FailedCodes(string? severity = null) =>
        Results.Where(r => r.GetProperty("outcome").GetString() == "failed" && (severity is null || r.GetProperty("severity").GetString() == severity))
            .Select(r => r.GetProperty("code").GetString()!).Order(StringComparer.Ordinal).ToArray();

    public IReadOnlyList<FoundEvidence> Findings(string code) =>
        Result(code).GetProperty("findings").EnumerateArray().Select(f =>
        {
            var e = f.GetProperty("evidence");
            return new FoundEvidence(code, Result(code).GetProperty("severity").GetString()!, f.GetProperty("message").GetString()!,
                e.GetProperty("source").GetString()!, Text(e, "url"), Text(e, "selector"), Text(e, "excerpt"));
        }).ToArray();

    public JsonElement Site(int index) => Root.GetProperty("sites")[index];

    public override string ToString() => $"exit {Run.ExitCode}\n{Run.Out}\n{Run.Error}";

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;
}

using System.Buffers;
using System.Text;
using System.Text.Json;
using Preflight.Core.Engine;

namespace Preflight.Core.Reporting;

/// <summary>
/// SARIF 2.1.0, so CI systems show findings next to the submission file: one run, the catalogue as the driver's
/// rules, one result per finding of a failed rule, located by file and line and by the field's JSON pointer.
/// </summary>
public static class SarifReport
{
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string ToJson(RuleCatalog catalog, IReadOnlyList<CheckedSubmission> items)
    {
        var buffer = new ArrayBufferWriter<byte>(32 * 1024);
        using (var w = new Utf8JsonWriter(buffer, JsonReport.Indented))
            Write(w, catalog, items);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void Write(Utf8JsonWriter w, RuleCatalog catalog, IReadOnlyList<CheckedSubmission> items)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < catalog.Rules.Count; i++) index.TryAdd(catalog.Rules[i].Descriptor.Code, i);

        w.WriteStartObject();
        w.WriteString("$schema", Schema);
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();

        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "preflight");
        w.WriteString("fullName", "Preflight A2P 10DLC registration pre-vetting");
        w.WriteString("version", RuleCatalog.Version);
        w.WriteStartArray("rules");
        foreach (var rule in catalog.Rules) WriteRule(w, rule);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteString("columnKind", "utf16CodeUnits");

        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", true);
        w.WriteStartArray("toolExecutionNotifications");
        foreach (var item in items)
            foreach (var r in item.Report.Results.Where(r => r.Outcome == Outcome.Error))
            {
                w.WriteStartObject();
                w.WriteString("level", "error");
                w.WriteStartObject("message");
                w.WriteString("text", $"{item.Report.Source}: rule {r.Rule.Code} could not run: {r.Note}");
                w.WriteEndObject();
                w.WriteStartObject("descriptor");
                w.WriteString("id", r.Rule.Code);
                w.WriteEndObject();
                w.WriteEndObject();
            }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();

        w.WriteStartArray("results");
        foreach (var item in items)
            foreach (var r in item.Report.Results.Where(r => r.Outcome == Outcome.Failed))
                foreach (var f in r.Findings)
                    WriteResult(w, item, r, f, index);
        w.WriteEndArray();

        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter w, Rule rule)
    {
        var d = rule.Descriptor;
        w.WriteStartObject();
        w.WriteString("id", d.Code);
        var name = rule.GetType().Name;
        w.WriteString("name", name.EndsWith("Rule", StringComparison.Ordinal) ? name[..^4] : name);
        w.WriteStartObject("shortDescription");
        w.WriteString("text", d.Title);
        w.WriteEndObject();
        w.WriteStartObject("help");
        w.WriteString("text", d.Fix);
        w.WriteEndObject();
        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", ReportNames.SarifLevel(d.Severity));
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("area", ReportNames.Json(d.Area));
        w.WriteString("severity", ReportNames.Json(d.Severity));
        w.WriteBoolean("doNotResubmit", d.DoNotResubmit);
        w.WriteStartArray("needs");
        foreach (var n in d.NeedsNames) w.WriteStringValue(n);
        w.WriteEndArray();
        w.WriteStartArray("equivalents");
        foreach (var e in d.Equivalents) w.WriteStringValue(e);
        w.WriteEndArray();
        w.WriteStartArray("tags");
        w.WriteStringValue(ReportNames.Json(d.Area));
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter w, CheckedSubmission item, RuleResult r, Finding f, Dictionary<string, int> index)
    {
        var e = f.Evidence;
        w.WriteStartObject();
        w.WriteString("ruleId", r.Rule.Code);
        if (index.TryGetValue(r.Rule.Code, out var i)) w.WriteNumber("ruleIndex", i);
        w.WriteString("level", ReportNames.SarifLevel(r.Rule.Severity));
        w.WriteStartObject("message");
        w.WriteString("text", f.Message);
        w.WriteEndObject();

        w.WriteStartArray("locations");
        w.WriteStartObject();
        if (e.Path is not null)
        {
            var original = item.Document.OriginalPointer(e.Path);
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", FileUri(item.Document.File));
            w.WriteEndObject();
            var position = item.Document.Locate(e.Path);
            if (position is not null || item.Document.Line > 0)
            {
                w.WriteStartObject("region");
                w.WriteNumber("startLine", position?.Line ?? item.Document.Line);
                if (position is not null) w.WriteNumber("startColumn", position.Column);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteStartArray("logicalLocations");
            w.WriteStartObject();
            w.WriteString("fullyQualifiedName", original);
            w.WriteString("kind", "member");
            w.WriteEndObject();
            w.WriteEndArray();
        }
        else if (e.Url is not null)
        {
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", e.Url);
            w.WriteEndObject();
            w.WriteEndObject();
            if (e.Selector is not null)
            {
                w.WriteStartArray("logicalLocations");
                w.WriteStartObject();
                w.WriteString("fullyQualifiedName", e.Selector);
                w.WriteString("kind", "element");
                w.WriteEndObject();
                w.WriteEndArray();
            }
        }
        w.WriteEndObject();
        w.WriteEndArray();

        w.WriteStartObject("properties");
        w.WriteString("source", item.Report.Source);
        w.WriteString("evidenceSource", e.Source);
        if (e.Path is not null) w.WriteString("path", e.Path);
        if (e.Excerpt is not null) w.WriteString("excerpt", e.Excerpt);
        w.WriteBoolean("doNotResubmit", r.Rule.DoNotResubmit);
        w.WriteString("fix", r.Rule.Fix);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>A relative URI reference for a file path as the user gave it.</summary>
    public static string FileUri(string path)
    {
        var segments = path.Replace('\\', '/').Split('/');
        return string.Join("/", segments.Select(Uri.EscapeDataString));
    }
}

using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Preflight.Core.Engine;

namespace Preflight.Core.Reporting;

/// <summary>
/// The JSON report (see docs/architecture.md, "JSON report"): tool, catalogVersion, source, verdict and one result
/// per rule with its findings. Evidence carries the canonical <c>path</c> and, when the input used other field
/// names (Twilio's), the original <c>sourcePath</c>.
/// </summary>
public static class JsonReport
{
    public static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    public static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The report as a string: indented for one submission, one line for each of a portfolio.</summary>
    public static string ToJson(CheckedSubmission item, bool indented = true)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var w = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
            Write(w, item);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void Write(Utf8JsonWriter w, CheckedSubmission item)
    {
        var report = item.Report;
        w.WriteStartObject();
        w.WriteString("tool", "preflight");
        w.WriteString("catalogVersion", report.CatalogVersion);
        w.WriteString("source", report.Source);
        w.WriteString("verdict", report.Verdict);
        w.WriteStartArray("results");
        foreach (var r in report.Results)
        {
            w.WriteStartObject();
            WriteDescriptor(w, r.Rule, r.Outcome);
            if (r.Note is not null) w.WriteString("note", r.Note);
            w.WriteStartArray("findings");
            foreach (var f in r.Findings)
            {
                w.WriteStartObject();
                w.WriteString("message", f.Message);
                WriteEvidence(w, f.Evidence, item);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>One catalogue entry, as <c>preflight rules --format json</c> lists it.</summary>
    public static void WriteRule(Utf8JsonWriter w, RuleDescriptor d)
    {
        w.WriteStartObject();
        WriteDescriptor(w, d, outcome: null);
        w.WriteEndObject();
    }

    private static void WriteDescriptor(Utf8JsonWriter w, RuleDescriptor d, Outcome? outcome)
    {
        w.WriteString("code", d.Code);
        w.WriteStartArray("equivalents");
        foreach (var e in d.Equivalents) w.WriteStringValue(e);
        w.WriteEndArray();
        w.WriteString("title", d.Title);
        w.WriteString("area", ReportNames.Json(d.Area));
        w.WriteString("severity", ReportNames.Json(d.Severity));
        if (outcome is { } o) w.WriteString("outcome", ReportNames.Json(o));
        w.WriteBoolean("doNotResubmit", d.DoNotResubmit);
        w.WriteString("fix", d.Fix);
        w.WriteStartArray("needs");
        foreach (var (flag, name) in RuleDescriptor.NeedsTable)
            if ((d.Needs & flag) == flag) w.WriteStringValue(name);
        w.WriteEndArray();
    }

    private static void WriteEvidence(Utf8JsonWriter w, Evidence e, CheckedSubmission item)
    {
        w.WriteStartObject("evidence");
        w.WriteString("source", e.Source);
        if (e.Path is not null)
        {
            w.WriteString("path", e.Path);
            var original = item.Document.OriginalPointer(e.Path);
            if (!string.Equals(original, e.Path, StringComparison.Ordinal)) w.WriteString("sourcePath", original);
        }
        if (e.Url is not null) w.WriteString("url", e.Url);
        if (e.Selector is not null) w.WriteString("selector", e.Selector);
        if (e.Excerpt is not null) w.WriteString("excerpt", e.Excerpt);
        if (e.Start is { } start) w.WriteNumber("start", start);
        if (e.Length is { } length) w.WriteNumber("length", length);
        w.WriteEndObject();
    }
}

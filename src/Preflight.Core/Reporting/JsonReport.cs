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
    public static string ToJson(CheckedSubmission item, bool indented = true) => ToJson(item, indented, null);

    /// <summary>As <see cref="ToJson(CheckedSubmission, bool)"/>, with the catalogue's text escaped once beforehand (see <see cref="Descriptors"/>).</summary>
    public static string ToJson(CheckedSubmission item, bool indented, Descriptors? descriptors) =>
        Encoding.UTF8.GetString(ToUtf8(item, indented, descriptors));

    /// <summary>As <see cref="ToJson(CheckedSubmission, bool, Descriptors?)"/>, as UTF-8 bytes: what a byte stream takes without a round trip through a string.</summary>
    public static byte[] ToUtf8(CheckedSubmission item, bool indented, Descriptors? descriptors)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var w = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
            Write(w, item, descriptors);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Every rule's fixed text (code, title, fix, equivalents, area, severity, needs) escaped for JSON once, for writing
    /// many reports: a portfolio's report repeats the whole catalogue on every line. Immutable, so reports can be
    /// written on several threads.
    /// </summary>
    public sealed class Descriptors
    {
        private readonly Dictionary<RuleDescriptor, Encoded> _encoded = new(ReferenceEqualityComparer.Instance);

        // A result without findings is mostly one shared object ("passed", "notEvaluated: needs website"; see Evaluator):
        // written out once as a compact line's bytes, then copied into every line that has it. Bounded, as results
        // carrying per-submission notes are seen once each.
        private readonly System.Collections.Concurrent.ConcurrentDictionary<RuleResult, byte[]> _written = new(ReferenceEqualityComparer.Instance);
        private const int MaxWritten = 4096;
        private int _writtenCount;

        public Descriptors(RuleCatalog catalog)
        {
            foreach (var r in catalog.Rules) _encoded[r.Descriptor] = new Encoded(r.Descriptor);
        }

        internal Encoded? For(RuleDescriptor d) => _encoded.GetValueOrDefault(d);

        /// <summary>A result without findings as <see cref="Compact"/> writes it, or null when it is not kept.</summary>
        internal byte[]? Written(RuleResult r, Encoded encoded)
        {
            if (_written.TryGetValue(r, out var bytes)) return bytes;
            if (Volatile.Read(ref _writtenCount) >= MaxWritten) return null;
            var buffer = new ArrayBufferWriter<byte>(1024);
            using (var w = new Utf8JsonWriter(buffer, Compact))
                WriteResult(w, r, encoded, item: null);
            bytes = buffer.WrittenSpan.ToArray();
            if (_written.TryAdd(r, bytes)) Interlocked.Increment(ref _writtenCount);
            return bytes;
        }
    }

    internal sealed class Encoded(RuleDescriptor d)
    {
        private static JsonEncodedText E(string s) => JsonEncodedText.Encode(s, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

        public JsonEncodedText Code { get; } = E(d.Code);
        public JsonEncodedText[] Equivalents { get; } = d.Equivalents.Select(E).ToArray();
        public JsonEncodedText Title { get; } = E(d.Title);
        public JsonEncodedText Area { get; } = E(ReportNames.Json(d.Area));
        public JsonEncodedText Severity { get; } = E(ReportNames.Json(d.Severity));
        public JsonEncodedText Fix { get; } = E(d.Fix);
        public bool DoNotResubmit { get; } = d.DoNotResubmit;
        public JsonEncodedText[] Needs { get; } = d.NeedsNames.Select(E).ToArray();
    }

    private static readonly JsonEncodedText[] OutcomeNames =
        Enum.GetValues<Outcome>().Select(o => JsonEncodedText.Encode(ReportNames.Json(o), JavaScriptEncoder.UnsafeRelaxedJsonEscaping)).ToArray();

    public static void Write(Utf8JsonWriter w, CheckedSubmission item) => Write(w, item, null);

    public static void Write(Utf8JsonWriter w, CheckedSubmission item, Descriptors? descriptors)
    {
        var report = item.Report;
        w.WriteStartObject();
        w.WriteString("tool", "preflight");
        w.WriteString("catalogVersion", report.CatalogVersion);
        w.WriteString("source", report.Source);
        w.WriteString("verdict", report.Verdict);
        w.WriteStartArray("results");
        // Kept results are copied only into a writer that would write the same bytes.
        var copy = !w.Options.Indented && ReferenceEquals(w.Options.Encoder, Compact.Encoder);
        foreach (var r in report.Results)
        {
            var encoded = descriptors?.For(r.Rule);
            if (copy && encoded is not null && r.Findings.Count == 0 && descriptors!.Written(r, encoded) is { } bytes)
                w.WriteRawValue(bytes, skipInputValidation: true);
            else WriteResult(w, r, encoded, item);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    // One result: the rule's catalogue entry (escaped once per catalogue when encoded is given), outcome, note, findings.
    private static void WriteResult(Utf8JsonWriter w, RuleResult r, Encoded? encoded, CheckedSubmission? item)
    {
        w.WriteStartObject();
        if (encoded is not null) WriteEncoded(w, encoded, r.Outcome);
        else WriteDescriptor(w, r.Rule, r.Outcome);
        if (r.Note is not null) w.WriteString("note", r.Note);
        w.WriteStartArray("findings");
        foreach (var f in r.Findings)
        {
            w.WriteStartObject();
            w.WriteString("message", f.Message);
            WriteEvidence(w, f.Evidence, item!); // null only for the kept results, which have no findings
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

    private static void WriteDescriptor(Utf8JsonWriter w, RuleDescriptor d, Outcome? outcome) =>
        WriteEncoded(w, new Encoded(d), outcome);

    // A rule's catalogue entry, from its text escaped for JSON (once per catalogue for a portfolio).
    private static void WriteEncoded(Utf8JsonWriter w, Encoded d, Outcome? outcome)
    {
        w.WriteString("code", d.Code);
        w.WriteStartArray("equivalents");
        foreach (var e in d.Equivalents) w.WriteStringValue(e);
        w.WriteEndArray();
        w.WriteString("title", d.Title);
        w.WriteString("area", d.Area);
        w.WriteString("severity", d.Severity);
        if (outcome is { } o) w.WriteString("outcome", OutcomeNames[(int)o]);
        w.WriteBoolean("doNotResubmit", d.DoNotResubmit);
        w.WriteString("fix", d.Fix);
        w.WriteStartArray("needs");
        foreach (var n in d.Needs) w.WriteStringValue(n);
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

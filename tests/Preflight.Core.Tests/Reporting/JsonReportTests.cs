using System.Text;
using System.Text.Json;
using Preflight.Core.Input;
using Preflight.Core.Reporting;

namespace Preflight.Core.Tests.Reporting;

public sealed class JsonReportTests
{
    [Fact]
    public void Has_the_contract_fields_in_order()
    {
        using var doc = JsonDocument.Parse(JsonReport.ToJson(ReportFixtures.Golden()));
        var root = doc.RootElement;
        Assert.Equal(["tool", "catalogVersion", "source", "verdict", "results"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("preflight", root.GetProperty("tool").GetString());
        Assert.Equal("golden", root.GetProperty("source").GetString());
        Assert.Equal("reject", root.GetProperty("verdict").GetString());

        var first = root.GetProperty("results")[0];
        Assert.Equal(["code", "equivalents", "title", "area", "severity", "outcome", "doNotResubmit", "fix", "needs", "findings"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("5104", first.GetProperty("code").GetString());
        Assert.Equal("611", first.GetProperty("equivalents")[0].GetString());
        Assert.Equal("keywordMessages", first.GetProperty("area").GetString());
        Assert.Equal("rejection", first.GetProperty("severity").GetString());
        Assert.Equal("failed", first.GetProperty("outcome").GetString());
        Assert.Equal("submission", first.GetProperty("needs")[0].GetString());

        var evidence = first.GetProperty("findings")[0].GetProperty("evidence");
        Assert.Equal("submission", evidence.GetProperty("source").GetString());
        Assert.Equal("/campaign/optinMessage", evidence.GetProperty("path").GetString());
        Assert.Equal("subscribed", evidence.GetProperty("excerpt").GetString());
        Assert.Equal(Golden.Campaign.OptinMessage!.IndexOf("subscribed", StringComparison.Ordinal), evidence.GetProperty("start").GetInt32());
        Assert.False(evidence.TryGetProperty("sourcePath", out _));
    }

    [Fact]
    public void Escaping_the_catalogue_once_writes_the_same_bytes()
    {
        // The fixture catalogue has a URL with & and < in its evidence; the real catalogue has quotes and dashes in fixes.
        var fixture = ReportFixtures.Golden();
        Assert.Equal(JsonReport.ToJson(fixture, indented: false), JsonReport.ToJson(fixture, indented: false, new JsonReport.Descriptors(ReportFixtures.Catalog)));
        var document = SubmissionReader.Default.Read(File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "samples", "several-defects.json")), "several-defects.json");
        var real = new CheckedSubmission(document, new Engine.Evaluator().Evaluate(document.Submission));
        Assert.Equal(JsonReport.ToJson(real, indented: true), JsonReport.ToJson(real, indented: true, new JsonReport.Descriptors(Engine.RuleCatalog.Default)));
        Assert.Contains("\"outcome\":\"failed\"", JsonReport.ToJson(real, indented: false, new JsonReport.Descriptors(Engine.RuleCatalog.Default)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_portfolio_written_with_kept_results_is_byte_for_byte_what_the_writer_writes()
    {
        // Every sample judged twice by one evaluator, so its shared "passed" and "not evaluated" results recur across
        // lines: the second and later lines copy the kept bytes of those results.
        var evaluator = new Engine.Evaluator();
        var descriptors = new JsonReport.Descriptors(Engine.RuleCatalog.Default);
        var lines = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "samples"), "*.json").Order(StringComparer.Ordinal))
        {
            var document = SubmissionReader.Default.Read(File.ReadAllBytes(file), Path.GetFileName(file));
            for (var round = 0; round < 2; round++)
            {
                var item = new CheckedSubmission(document, evaluator.Evaluate(document.Submission));
                var expected = JsonReport.ToJson(item, indented: false);
                Assert.Equal(expected, JsonReport.ToJson(item, indented: false, descriptors));
                Assert.Equal(JsonReport.ToJson(item, indented: true), JsonReport.ToJson(item, indented: true, descriptors));
                using var parsed = JsonDocument.Parse(expected);
                Assert.Equal(Engine.RuleCatalog.Default.Rules.Count, parsed.RootElement.GetProperty("results").GetArrayLength());
                lines++;
            }
        }
        Assert.True(lines >= 4, $"only {lines} lines written");
    }

    [Fact]
    public void Passed_and_not_evaluated_rules_are_listed_too_with_the_reason()
    {
        using var doc = JsonDocument.Parse(JsonReport.ToJson(ReportFixtures.Golden()));
        var results = doc.RootElement.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!);
        Assert.Equal("passed", results["5400"].GetProperty("outcome").GetString());
        Assert.Equal("notEvaluated", results["5500"].GetProperty("outcome").GetString());
        Assert.Equal("needs optInPage", results["5500"].GetProperty("note").GetString());
        Assert.Equal(["submission", "optInPage"], results["5500"].GetProperty("needs").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal("https://example.com/join?a=1&b=<2>", results["5700"].GetProperty("findings")[0].GetProperty("evidence").GetProperty("url").GetString());
    }

    [Fact]
    public void Twilio_input_carries_the_original_pointer_as_sourcePath()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "samples", "compliant-twilio.json"));
        var doc = SubmissionReader.Default.Read(bytes, "tw.json");
        var item = ReportFixtures.Judge(doc.Submission, doc);
        using var json = JsonDocument.Parse(JsonReport.ToJson(item));
        var evidence = json.RootElement.GetProperty("results")[0].GetProperty("findings")[0].GetProperty("evidence");
        Assert.Equal("/campaign/optinMessage", evidence.GetProperty("path").GetString());
        Assert.Equal("/opt_in_message", evidence.GetProperty("sourcePath").GetString());
    }

    [Fact]
    public void Compact_output_is_one_line_and_keeps_text_readable()
    {
        var item = ReportFixtures.Judge(Golden.With(c => c with { HelpMessage = "Line one\nLine \"two\" & <three> café" }));
        var line = JsonReport.ToJson(item, indented: false);
        Assert.DoesNotContain('\n', line);
        Assert.Contains("& <three> café", line, StringComparison.Ordinal);
        Assert.Contains("Line one\\nLine \\\"two\\\"", line, StringComparison.Ordinal);
        using var _ = JsonDocument.Parse(line);
    }

    [Fact]
    public void Verdict_is_pass_when_only_warnings_fail()
    {
        var item = ReportFixtures.Judge(Golden.With(c => c with { OptinMessage = "Bright Smile Dental: You're in! Reply STOP to cancel." }));
        using var doc = JsonDocument.Parse(Encoding.UTF8.GetBytes(JsonReport.ToJson(item)));
        Assert.Equal("pass", doc.RootElement.GetProperty("verdict").GetString());
    }
}

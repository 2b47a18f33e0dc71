using System.Text.Json;
using Preflight.Core.Input;
using Preflight.Core.Reporting;

namespace Preflight.Core.Tests.Reporting;

public sealed class SarifReportTests
{
    [Fact]
    public void Has_schema_version_driver_rules_and_located_results()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "samples", "compliant-twilio.json"));
        var doc = SubmissionReader.Default.Read(bytes, "samples/compliant-twilio.json");
        var item = ReportFixtures.Judge(doc.Submission, doc);
        using var json = JsonDocument.Parse(SarifReport.ToJson(ReportFixtures.Catalog, [item]));
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal(SarifReport.Schema, root.GetProperty("$schema").GetString());
        var run = root.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("preflight", driver.GetProperty("name").GetString());
        var rule = driver.GetProperty("rules")[0];
        Assert.Equal("5104", rule.GetProperty("id").GetString());
        Assert.Equal("MadeUp", rule.GetProperty("name").GetString());
        Assert.Equal("Made-up rule 5104", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("Fix for 5104.", rule.GetProperty("help").GetProperty("text").GetString());
        Assert.Equal("error", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("611", rule.GetProperty("properties").GetProperty("equivalents")[0].GetString());

        var results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(["5104", "5200", "5700"], results.Select(r => r.GetProperty("ruleId").GetString()));
        Assert.Equal(["error", "warning", "warning"], results.Select(r => r.GetProperty("level").GetString()));

        var location = results[0].GetProperty("locations")[0];
        Assert.Equal("samples/compliant-twilio.json", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        var line = location.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32();
        Assert.Contains("\"opt_in_message\"", File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "samples", "compliant-twilio.json"))[line - 1], StringComparison.Ordinal);
        Assert.Equal("/opt_in_message", location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());

        var page = results[2].GetProperty("locations")[0];
        Assert.Equal("https://example.com/join?a=1&b=<2>", page.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("#sms-consent", page.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
    }

    [Fact]
    public void Jsonl_results_point_at_the_submission_line()
    {
        var line = "{\"brand\": {}, \"campaign\": {\"optinMessage\": \"You're subscribed\"}}";
        var docs = SubmissionReader.Default.ReadJsonLines(System.Text.Encoding.UTF8.GetBytes(line + "\n" + line + "\n"), "p.jsonl");
        var items = docs.Select(d => ReportFixtures.Judge(d.Submission, d)).ToArray();
        using var json = JsonDocument.Parse(SarifReport.ToJson(ReportFixtures.Catalog, items));
        var lines = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString() == "5104")
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal([1, 2], lines);
    }

    [Theory]
    [InlineData("samples/a b.json", "samples/a%20b.json")]
    [InlineData("dir\\x.json", "dir/x.json")]
    public void File_paths_become_uri_references(string path, string uri) => Assert.Equal(uri, SarifReport.FileUri(path));
}

using System.Text;
using System.Text.Json;
using Preflight.Core.Engine;

namespace Preflight.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("preflight-cli-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void The_compliant_sample_passes_with_exit_0()
    {
        var r = Cli.Run("check", "samples/compliant.json");
        Assert.True(r.ExitCode == 0, r.Out + r.Error);
        Assert.StartsWith("samples/compliant.json: Bright Smile Dental, ACCOUNT_NOTIFICATION", r.Out, StringComparison.Ordinal);
        Assert.StartsWith("PASS: no rejection reasons", r.OutLines[^1], StringComparison.Ordinal);
        Assert.Equal("", r.Error);
    }

    [Fact]
    public void The_compliant_sample_in_Twilio_shape_passes_too()
    {
        var r = Cli.Run("check", "samples/compliant-twilio.json");
        Assert.True(r.ExitCode == 0, r.Out + r.Error);
        Assert.Contains("(Twilio field names)", r.OutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_rejected_submission_exits_1_and_names_the_code_the_field_and_the_words()
    {
        var r = Cli.Run("check", "samples/optin-missing-brand.json");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("Opt-in message (/campaign/optinMessage)", r.Out, StringComparison.Ordinal);
        Assert.Contains("5104 Opt-in confirmation does not name the brand", r.Out, StringComparison.Ordinal);
        Assert.Contains("\"You're subscribed to appointment reminders.", r.Out, StringComparison.Ordinal);
        Assert.Contains("Fix: ", r.Out, StringComparison.Ordinal);
        Assert.Matches(@"^REJECT: \d+ rejection reasons? \([^)]*5104[^)]*\), .* — ", r.OutLines[^1]);
    }

    [Fact]
    public void Twilio_findings_name_the_original_field_too()
    {
        var file = Path.Combine(_temp, "tw.json");
        var json = File.ReadAllText(Cli.Repo("samples/compliant-twilio.json"))
            .Replace("\"opt_in_message\": \"Bright Smile Dental: ", "\"opt_in_message\": \"", StringComparison.Ordinal);
        File.WriteAllText(file, json);
        var text = Cli.Run("check", file);
        Assert.Equal(1, text.ExitCode);
        Assert.Contains("Opt-in message (/campaign/optinMessage), in the file /opt_in_message", text.Out, StringComparison.Ordinal);

        var r = Cli.Run("check", file, "--format", "json");
        using var doc = JsonDocument.Parse(r.Out);
        var evidence = doc.RootElement.GetProperty("results").EnumerateArray()
            .Single(x => x.GetProperty("code").GetString() == "5104")
            .GetProperty("findings")[0].GetProperty("evidence");
        Assert.Equal("/campaign/optinMessage", evidence.GetProperty("path").GetString());
        Assert.Equal("/opt_in_message", evidence.GetProperty("sourcePath").GetString());
    }

    [Fact]
    public void Json_report_follows_the_contract()
    {
        var r = Cli.Run("check", "samples/optin-missing-brand.json", "--format", "json");
        Assert.Equal(1, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        var root = doc.RootElement;
        Assert.Equal("preflight", root.GetProperty("tool").GetString());
        Assert.Equal(RuleCatalog.Version, root.GetProperty("catalogVersion").GetString());
        Assert.Equal("samples/optin-missing-brand.json", root.GetProperty("source").GetString());
        Assert.Equal("reject", root.GetProperty("verdict").GetString());
        var results = root.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(RuleCatalog.All.Count, results.Length);
        foreach (var res in results)
        {
            foreach (var key in new[] { "code", "title", "area", "severity", "outcome", "fix" })
                Assert.Equal(JsonValueKind.String, res.GetProperty(key).ValueKind);
            Assert.Equal(JsonValueKind.Array, res.GetProperty("equivalents").ValueKind);
            Assert.Equal(JsonValueKind.Array, res.GetProperty("needs").ValueKind);
            Assert.Equal(JsonValueKind.Array, res.GetProperty("findings").ValueKind);
            Assert.Contains(res.GetProperty("doNotResubmit").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
            Assert.Contains(res.GetProperty("severity").GetString(), new[] { "rejection", "warning", "advice" });
            Assert.Contains(res.GetProperty("outcome").GetString(), new[] { "passed", "failed", "notEvaluated", "error" });
        }
        var f = results.Single(x => x.GetProperty("code").GetString() == "5104").GetProperty("findings")[0];
        Assert.False(string.IsNullOrEmpty(f.GetProperty("message").GetString()));
        Assert.Equal("submission", f.GetProperty("evidence").GetProperty("source").GetString());
        Assert.Equal("/campaign/optinMessage", f.GetProperty("evidence").GetProperty("path").GetString());
        Assert.StartsWith("You're subscribed", f.GetProperty("evidence").GetProperty("excerpt").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_is_a_portfolio_with_one_json_line_per_file_in_name_order()
    {
        var r = Cli.Run("check", "samples/portfolio", "--format", "json");
        Assert.True(r.ExitCode is 0 or 1, r.Error);
        var files = Directory.GetFiles(Cli.Repo("samples/portfolio"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(files.Length, r.OutLines.Length);
        for (var i = 0; i < files.Length; i++)
        {
            using var doc = JsonDocument.Parse(r.OutLines[i]);
            Assert.Equal("samples/portfolio/" + files[i], doc.RootElement.GetProperty("source").GetString());
        }
    }

    [Fact]
    public void A_directory_with_several_bad_files_names_the_first_in_name_order()
    {
        var dir = Path.Combine(_temp, "mixed");
        Directory.CreateDirectory(dir);
        var good = File.ReadAllText(Cli.Repo("samples/compliant.json"));
        for (var i = 0; i < 40; i++) File.WriteAllText(Path.Combine(dir, $"{i:00}.json"), good);
        File.WriteAllText(Path.Combine(dir, "31.json"), "{\"brand\": oops}");
        File.WriteAllText(Path.Combine(dir, "17.json"), "{\"brand\": {}, \"campaign\": {\"ageGated\": 7}}");
        File.WriteAllText(Path.Combine(dir, "25.json"), "[]");
        var r = Cli.Run("check", dir);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("17.json", r.Error, StringComparison.Ordinal);
        Assert.Contains("/campaign/ageGated: expected true or false, got 7", r.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("31.json", r.Error, StringComparison.Ordinal);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void A_json_lines_file_is_a_portfolio_whose_lines_carry_their_line_numbers()
    {
        var r = Cli.Run("check", "samples/portfolio.jsonl", "--format", "json");
        Assert.True(r.ExitCode is 0 or 1, r.Error);
        var expected = File.ReadAllLines(Cli.Repo("samples/portfolio.jsonl")).Count(l => l.Trim().Length > 0);
        Assert.Equal(expected, r.OutLines.Length);
        for (var i = 0; i < r.OutLines.Length; i++)
        {
            using var doc = JsonDocument.Parse(r.OutLines[i]);
            Assert.Equal($"samples/portfolio.jsonl:{i + 1}", doc.RootElement.GetProperty("source").GetString());
        }
    }

    [Fact]
    public void A_portfolio_longer_than_one_window_is_written_whole_and_in_input_order()
    {
        // The CLI writes a portfolio's reports a window of submissions at a time (Evaluator.DefaultWindow): past the
        // first window the lines must still come in input order, every submission once, and the summary count them all.
        var lines = File.ReadAllLines(Cli.Repo("samples/portfolio.jsonl")).Where(l => l.Trim().Length > 0).ToArray();
        var count = Evaluator.DefaultWindow + 37;
        var file = Path.Combine(_temp, "long.jsonl");
        File.WriteAllLines(file, Enumerable.Range(0, count).Select(i => lines[i % lines.Length]));
        var target = Path.Combine(_temp, "long.out.jsonl");

        var json = Cli.Run("check", file, "--format", "json", "--output", target);
        var text = Cli.Run("check", file);

        Assert.True(json.ExitCode is 0 or 1, json.Error);
        var written = File.ReadAllLines(target);
        Assert.Equal(count, written.Length);
        var rejected = 0;
        for (var i = 0; i < written.Length; i++)
        {
            using var doc = JsonDocument.Parse(written[i]);
            Assert.Equal($"{file}:{i + 1}", doc.RootElement.GetProperty("source").GetString());
            if (doc.RootElement.GetProperty("verdict").GetString() == "reject") rejected++;
        }
        Assert.Equal(rejected > 0 ? 1 : 0, json.ExitCode);
        Assert.Equal($"Wrote {target}: {rejected} of {count} submissions rejected", json.OutLines.Single());
        Assert.Equal(json.ExitCode, text.ExitCode);
        Assert.StartsWith($"Portfolio: {count} submissions, {count - rejected} pass, {rejected} reject", text.OutLines[^1], StringComparison.Ordinal);
        var verdictLines = text.OutLines.Where(l => l.StartsWith(file + ":", StringComparison.Ordinal)).ToArray();
        Assert.Equal(Enumerable.Range(1, count).Select(i => $"{file}:{i}"), verdictLines.Select(l => l[..l.IndexOf(": ", file.Length, StringComparison.Ordinal)]));
    }

    [Fact]
    public void Portfolio_text_has_a_verdict_line_per_submission_and_a_summary()
    {
        var r = Cli.Run("check", "samples/portfolio.jsonl");
        Assert.True(r.ExitCode is 0 or 1, r.Error);
        for (var i = 1; i <= 5; i++)
            Assert.Contains(r.OutLines, l => l.StartsWith($"samples/portfolio.jsonl:{i}: ", StringComparison.Ordinal) && (l.Contains(": PASS: ", StringComparison.Ordinal) || l.Contains(": REJECT: ", StringComparison.Ordinal)));
        Assert.Matches(@"^Portfolio: 5 submissions, \d+ pass, \d+ reject", r.OutLines[^1]);
    }

    [Fact]
    public void Sarif_has_the_required_structure()
    {
        var r = Cli.Run("check", "samples/several-defects.json", "--format", "sarif");
        Assert.Equal(1, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Out);
        var root = doc.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var run = root.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("preflight", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(RuleCatalog.All.Count, rules.Length);
        foreach (var rule in rules)
        {
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("name").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("help").GetProperty("text").GetString()));
            Assert.Equal(JsonValueKind.Object, rule.GetProperty("properties").ValueKind);
        }
        var results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.NotEmpty(results);
        var ids = rules.Select(x => x.GetProperty("id").GetString()).ToHashSet();
        foreach (var res in results)
        {
            Assert.Contains(res.GetProperty("ruleId").GetString(), ids);
            Assert.Equal(res.GetProperty("ruleId").GetString(), rules[res.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Contains(res.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrEmpty(res.GetProperty("message").GetProperty("text").GetString()));
            var location = res.GetProperty("locations")[0];
            Assert.Equal("samples/several-defects.json", location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.StartsWith("/", location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString(), StringComparison.Ordinal);
        }
        var optin = results.First(x => x.GetProperty("ruleId").GetString() == "5104");
        var line = optin.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32();
        Assert.Contains("\"optinMessage\"", File.ReadAllLines(Cli.Repo("samples/several-defects.json"))[line - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Html_is_one_self_contained_page_with_highlights()
    {
        var r = Cli.Run("check", "samples/several-defects.json", "--format", "html");
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", r.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", r.Out, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", r.Out, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(?:src|href)=\"(?!#)", r.Out);
        Assert.Contains("<mark", r.Out, StringComparison.Ordinal);
        Assert.Contains("Do not resubmit", r.Out, StringComparison.Ordinal);
        Assert.True(r.Out.IndexOf("class=\"summary", StringComparison.Ordinal) < r.Out.IndexOf("class=\"fields\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Output_option_writes_the_report_to_a_file()
    {
        var target = Path.Combine(_temp, "report.sarif");
        var r = Cli.Run("check", "samples/optin-missing-brand.json", "--format", "sarif", "--output", target);
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("Wrote ", r.Out, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllText(target));
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void Json_lines_written_to_a_file_as_bytes_are_the_lines_written_as_text()
    {
        // A file (like stdout) takes each line's UTF-8 bytes directly; the test's stdout is a string writer, which takes
        // them decoded. Both must carry the same lines, in input order.
        var target = Path.Combine(_temp, "portfolio.jsonl.out");
        var toFile = Cli.Run("check", "samples/portfolio.jsonl", "--format", "json", "--output", target);
        var toText = Cli.Run("check", "samples/portfolio.jsonl", "--format", "json");
        Assert.Equal(toText.ExitCode, toFile.ExitCode);
        Assert.StartsWith("Wrote ", toFile.Out, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(target);
        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte-order mark");
        Assert.Equal(toText.Out, Encoding.UTF8.GetString(bytes));
        Assert.True(toText.OutLines.Length >= 2);
    }

    [Fact]
    public void Verbose_lists_the_rules_that_were_not_evaluated()
    {
        var quiet = Cli.Run("check", "samples/compliant.json");
        var verbose = Cli.Run("check", "samples/compliant.json", "--verbose");
        var notEvaluated = RuleCatalog.All.Where(r => (r.Descriptor.Needs & ~Needs.Submission) != Needs.None).ToArray();
        if (notEvaluated.Length == 0) return;
        Assert.Single(quiet.OutLines, l => l.StartsWith("Not evaluated: ", StringComparison.Ordinal));
        Assert.True(verbose.OutLines.Length >= quiet.OutLines.Length + notEvaluated.Length);
    }

    [Theory]
    [InlineData("samples/invalid/malformed.json", "samples/invalid/malformed.json:3:")]
    [InlineData("samples/invalid/wrong-type.json", "samples/invalid/wrong-type.json: /campaign/embeddedLink: expected true or false, got \"yes\"")]
    [InlineData("samples/nope.json", "samples/nope.json: no such file or directory")]
    public void Unusable_input_exits_2_with_one_line(string file, string expected)
    {
        var r = Cli.Run("check", file);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.Single(r.ErrorLines);
        Assert.StartsWith(expected, r.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_deep_nesting_and_huge_fields_exit_2_without_a_stack_trace()
    {
        var golden = File.ReadAllBytes(Cli.Repo("samples/compliant.json"));
        var utf8 = Path.Combine(_temp, "latin1.json");
        File.WriteAllBytes(utf8, [.. "{\"brand\":{\"displayName\":\"Caf"u8, 0xE9, .. "\"},\"campaign\":{}}"u8]);
        var deep = Path.Combine(_temp, "deep.json");
        File.WriteAllText(deep, new string('[', 100) + new string(']', 100));
        var huge = Path.Combine(_temp, "huge.json");
        using (var s = File.Create(huge))
        {
            s.Write("{\"brand\":{},\"campaign\":{\"description\":\""u8);
            var chunk = Encoding.ASCII.GetBytes(new string('a', 1024 * 1024));
            for (var i = 0; i < 50; i++) s.Write(chunk);
            s.Write("\"}}"u8);
        }
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var (file, words) in new[] { (utf8, "UTF-8"), (deep, "nested deeper"), (huge, "MB") })
        {
            var r = Cli.Run("check", file);
            Assert.Equal(2, r.ExitCode);
            Assert.Single(r.ErrorLines);
            Assert.StartsWith(file + ":", r.ErrorLines[0], StringComparison.Ordinal);
            Assert.Contains(words, r.ErrorLines[0], StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", r.Error, StringComparison.Ordinal);
        }
        Assert.True(stopwatch.ElapsedMilliseconds < 5000, $"took {stopwatch.ElapsedMilliseconds} ms");
        Assert.NotEmpty(golden);
    }

    [Fact]
    public void A_bad_line_in_json_lines_names_its_line()
    {
        var file = Path.Combine(_temp, "p.jsonl");
        var good = File.ReadAllText(Cli.Repo("samples/compliant.json")).ReplaceLineEndings(" ");
        File.WriteAllText(file, good + "\n\n" + good + "\n{\"brand\": {}, \"campaign\": \n");
        var r = Cli.Run("check", file);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith(file + ":4:", r.ErrorLines.Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "samples/compliant.json", "--format", "pdf")]
    [InlineData("check", "samples/compliant.json", "--bogus")]
    [InlineData("frobnicate")]
    public void Command_line_mistakes_exit_2(params string[] args)
    {
        var r = Cli.Run(args);
        Assert.Equal(2, r.ExitCode);
        Assert.NotEqual("", r.Error);
    }

    [Fact]
    public void An_internal_failure_exits_3_with_one_clear_line()
    {
        using var stderr = new StringWriter();
        var code = PreflightCli.Run(["check", "samples/compliant.json"], new ThrowingWriter(), stderr, Cli.RepoRoot);
        Assert.Equal(3, code);
        Assert.StartsWith("preflight: internal error: ", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at Preflight", stderr.ToString(), StringComparison.Ordinal);
    }

    private sealed class ThrowingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new InvalidOperationException("disk on fire");

        public override void Write(string? value) => throw new InvalidOperationException("disk on fire");
    }
}

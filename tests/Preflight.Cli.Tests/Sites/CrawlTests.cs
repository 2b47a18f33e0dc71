using System.Text.Json;

namespace Preflight.Cli.Tests.Sites;

/// <summary>
/// <c>preflight check --crawl</c> end to end: the addresses a submission names are gathered from the loopback fixture
/// site and every rule runs; <c>--save</c> then <c>--site-evidence</c> judges the same crawl again offline.
/// </summary>
[Collection(FixtureWebGroup.Name)]
public sealed class CrawlTests
{
    private const string Origin = "https://www.brightsmiledental.com";
    private readonly FixtureWeb _web;

    public CrawlTests(FixtureWeb web) => _web = web;

    private CliRun Check(params string[] args) => Cli.Run(["check", .. args, "--crawl", .. _web.Network()]);

    /// <summary>The compliant sample with its opt-in page, privacy policy and terms pointed at other fixture pages.</summary>
    private string Submission(string name, string? optIn = null, string? privacy = null, string? terms = null, string? dir = null)
    {
        var json = File.ReadAllText(Cli.Repo("samples/compliant.json"));
        if (optIn is not null) json = json.Replace($"{Origin}/book", $"{Origin}/pages/{optIn}", StringComparison.Ordinal);
        if (privacy is not null) json = json.Replace($"{Origin}/privacy", $"{Origin}/pages/{privacy}", StringComparison.Ordinal);
        if (terms is not null) json = json.Replace($"{Origin}/terms", $"{Origin}/pages/{terms}", StringComparison.Ordinal);
        var file = Path.Combine(dir ?? _web.Scratch("crawl"), name + ".json");
        File.WriteAllText(file, json);
        return file;
    }

    [Fact]
    public void Crawling_the_compliant_sample_passes_with_the_page_rules_run()
    {
        var r = SiteReport.Parse(Check("samples/compliant.json", "--format", "json"));
        Assert.True(r.Run.ExitCode == 0, r.ToString());
        Assert.Equal("pass", r.Verdict);
        foreach (var code in new[] { "2103", "2104", "7101", "7105", "7103", "852", "2125", "2139", "30925", "803", "2113", "2121", "807", "603", "PF504", "PF505", "7200" })
            Assert.True(r.Outcome(code) == "passed", $"{code}: {r.Outcome(code)} {r.Result(code)}");
        Assert.Equal("", r.Run.Error);

        var text = Check("samples/compliant.json");
        Assert.Equal(0, text.ExitCode);
        Assert.Equal("Web addresses (4):", text.OutLines[0]);
        Assert.Contains($"  opt-in page: {Origin}/book", text.OutLines);
        Assert.Contains($"  privacy policy: {Origin}/privacy", text.OutLines);
        Assert.Contains($"  terms: {Origin}/terms", text.OutLines);
        Assert.Contains($"  brand website: {Origin}", text.OutLines);
        Assert.Contains("samples/compliant.json: Bright Smile Dental, ACCOUNT_NOTIFICATION", text.OutLines);
        Assert.StartsWith("PASS: no rejection reasons", text.OutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Crawling_finds_the_defects_of_the_pages_the_submission_names()
    {
        var file = Submission("defects", optIn: "optin-prechecked.html", privacy: "privacy-shares.html", terms: "terms-missing-help.html");
        var r = SiteReport.Parse(Check(file, "--format", "json"));
        Assert.True(r.Run.ExitCode == 1, r.ToString());
        Assert.Equal(["30925", "7103", "805", "852"], r.FailedCodes("rejection"));
        Assert.Equal("#sms-consent", Assert.Single(r.Findings("30925")).Selector);
        Assert.Contains("We may share your information with our partners and affiliates", Assert.Single(r.Findings("7103")).Excerpt, StringComparison.Ordinal);

        var text = Check(file);
        Assert.Contains($"Page {Origin}/pages/optin-prechecked.html", text.OutLines);
        Assert.Matches(@"^REJECT: 4 rejection reasons \((?=[^)]*\b7103\b)(?=[^)]*\b805\b)(?=[^)]*\b852\b)(?=[^)]*\b30925\b)", text.OutLines[^1]);
    }

    [Fact]
    public void A_saved_crawl_gives_the_same_verdict_offline()
    {
        var file = Submission("saved", optIn: "optin-missing-rates.html", privacy: "privacy-except-consent.html");
        var dir = _web.Scratch("saved-crawl");
        var live = Check(file, "--save", dir, "--format", "json");
        Assert.Equal(1, live.ExitCode);
        Assert.Contains($"--site-evidence {dir}", live.Error, StringComparison.Ordinal);

        var hits = _web.Hits.Values.Sum();
        var offline = Cli.Run("check", file, "--site-evidence", dir, "--format", "json");
        Assert.Equal(hits, _web.Hits.Values.Sum()); // nothing was fetched
        Assert.True(offline.ExitCode == 1, offline.Out + offline.Error);
        Assert.Equal("", offline.Error);
        var a = SiteReport.Parse(live);
        var b = SiteReport.Parse(offline);
        Assert.Equal(a.Verdict, b.Verdict);
        Assert.Equal(a.Root.GetProperty("results").GetRawText(), b.Root.GetProperty("results").GetRawText());
        Assert.Equal(["2116", "7108", "805"], b.FailedCodes("rejection"));
    }

    [Fact]
    public void A_saved_crawl_without_an_address_the_submission_names_says_so()
    {
        var dir = _web.Scratch("partial-crawl");
        Assert.Equal(0, Check("samples/compliant.json", "--save", dir).ExitCode);
        var other = Submission("other-terms", terms: "terms-good.html");
        var r = Cli.Run("check", other, "--site-evidence", dir, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal($"preflight: {Origin}/pages/terms-good.html (terms) is not in the saved crawl {dir}; the rules that need it are not evaluated", Assert.Single(r.ErrorLines));
        var report = SiteReport.Parse(r);
        Assert.Equal("notEvaluated", report.Outcome("852"));
        Assert.Equal("passed", report.Outcome("7103"));
    }

    [Fact]
    public void A_portfolio_crawl_fetches_a_shared_address_once_and_judges_each_submission_with_its_own_pages()
    {
        var dir = _web.Scratch("portfolio");
        Submission("01-good", dir: dir);
        Submission("02-prechecked", optIn: "optin-prechecked.html", dir: dir);
        var before = _web.Hits.GetValueOrDefault($"{FixtureWeb.Www}/terms");
        var r = Check(dir, "--format", "json");
        Assert.True(r.ExitCode == 1, r.Out + r.Error);
        Assert.Equal(before + 1, _web.Hits[$"{FixtureWeb.Www}/terms"]);
        var lines = r.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(2, lines.Length);
        Assert.Equal("failed", Outcome(lines[0], "6101")); // the portfolio rules still run: the two campaigns are copies
        Assert.Equal("passed", Outcome(lines[0], "30925"));
        Assert.Equal("failed", Outcome(lines[1], "30925"));
        Assert.Equal("passed", Outcome(lines[1], "852"));
    }

    private static string Outcome(JsonElement report, string code) =>
        report.GetProperty("results").EnumerateArray().Single(x => x.GetProperty("code").GetString() == code).GetProperty("outcome").GetString()!;

    [Fact]
    public void A_crawl_refused_by_the_address_policy_exits_2_and_names_each_address()
    {
        string[] resolve = ["--resolve", $"{FixtureWeb.Www}:443:127.0.0.1:{_web.HttpsPort}", "--no-render"];
        var r = Cli.Run(["check", "samples/compliant.json", "--crawl", .. resolve]);
        Assert.True(r.ExitCode == 2, r.Out + r.Error);
        Assert.Equal(4, r.ErrorLines.Length);
        Assert.All(r.ErrorLines, l => Assert.EndsWith("--allow-private allows it", l, StringComparison.Ordinal));
        Assert.Contains($"    refused: {FixtureWeb.Www} resolves to 127.0.0.1 (loopback): private, loopback and link-local addresses are refused (allow them only to test a local site)", r.OutLines);
        Assert.Equal("NOT CHECKED: 4 addresses were refused (private, loopback or link-local); --allow-private allows it.", r.OutLines[^1]);
    }

    [Theory]
    [InlineData("--allow-private", "--allow-private: --allow-private says how to crawl: use it with --crawl")]
    [InlineData("--resolve=a.example:443:127.0.0.1", "--resolve: --resolve says how to crawl: use it with --crawl")]
    [InlineData("--save=/tmp/x", "--save: saves a crawl: use it with --crawl")]
    public void Crawl_options_without_crawl_exit_2(string option, string message)
    {
        var r = Cli.Run("check", "samples/compliant.json", option);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(message, Assert.Single(r.ErrorLines));
    }

    [ChromiumFact]
    public void The_html_report_of_a_rendered_crawl_shows_the_page_at_fault_and_so_does_the_saved_crawl()
    {
        var file = Submission("html", optIn: "optin-prechecked.html");
        var dir = _web.Scratch("html-crawl");
        var out1 = Path.Combine(dir, "live.html");
        var live = Cli.Run(["check", file, "--crawl", "--save", dir, "--format", "html", "-o", out1, .. _web.Network(render: true, timeout: 30)]);
        Assert.True(live.ExitCode == 1, live.Out + live.Error);
        Assert.True(File.Exists(Path.Combine(dir, "screenshot-001.png")));
        Assert.Contains("<img src=\"data:image/png;base64,", File.ReadAllText(out1), StringComparison.Ordinal);

        var out2 = Path.Combine(dir, "offline.html");
        var offline = Cli.Run("check", file, "--site-evidence", dir, "--format", "html", "-o", out2);
        Assert.True(offline.ExitCode == 1, offline.Out + offline.Error);
        Assert.Contains("<img src=\"data:image/png;base64,", File.ReadAllText(out2), StringComparison.Ordinal);
    }

    [Fact]
    public void Crawl_progress_goes_to_a_terminal_and_leaves_the_report_alone()
    {
        string[] args = ["check", "samples/compliant.json", "--crawl", .. _web.Network()];
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(0, PreflightCli.Run(args, stdout, stderr, Cli.RepoRoot, errorIsTerminal: true, CancellationToken.None));
        Assert.Contains("Gathering [4/4] ", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(Cli.Run(args).Out, stdout.ToString());
    }

    [Fact]
    public void Crawl_and_site_evidence_cannot_be_combined()
    {
        var r = Cli.Run("check", "samples/compliant.json", "--crawl", "--site-evidence", "/tmp/nowhere");
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("--site-evidence: judges a saved crawl", Assert.Single(r.ErrorLines), StringComparison.Ordinal);
    }
}

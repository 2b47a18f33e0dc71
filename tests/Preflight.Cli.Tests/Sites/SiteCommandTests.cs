using System.Diagnostics;
using System.Globalization;

namespace Preflight.Cli.Tests.Sites;

/// <summary>A fact that needs Chromium for the browser render: skipped, saying so, when it is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    private static readonly string[] Paths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    public ChromiumFactAttribute()
    {
        var configured = Environment.GetEnvironmentVariable("PREFLIGHT_CHROMIUM");
        if (!(configured is { Length: > 0 } && File.Exists(configured)) && !Paths.Any(File.Exists))
            Skip = "chromium is not installed (apt-get install chromium); the render tests need it";
    }
}

/// <summary>
/// <c>preflight site</c> end to end: the command line, in-process, against the loopback fixture site under real-looking
/// host names (<c>--resolve</c>), trusting the generated test root (<c>--trust-root</c>), with <c>--allow-private</c>.
/// Every failure kind of the website validator is detected with its code and its evidence.
/// </summary>
[Collection(FixtureWebGroup.Name)]
public sealed class SiteCommandTests
{
    private const string Brand = "Bright Smile Dental";
    private readonly FixtureWeb _web;

    public SiteCommandTests(FixtureWeb web) => _web = web;

    private static string Url(string path, string host = FixtureWeb.Www) => $"https://{host}{path}";

    private static string Page(string file) => Url("/pages/" + file);

    private CliRun Site(params string[] args) => Cli.Run(["site", .. args, .. _web.Network()]);

    private SiteReport Json(params string[] args) => SiteReport.Parse(Site([.. args, "--format", "json"]));

    private static string Day(DateTime d) => d.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void A_good_site_passes_clean_with_every_page_rule_evaluated()
    {
        var r = Json(Url("/book"), Url("/privacy"), Url("/terms"), "--website", Url("/"), "--brand", Brand);
        Assert.True(r.Run.ExitCode == 0, r.ToString());
        Assert.Equal("pass", r.Verdict);
        Assert.Empty(r.FailedCodes());
        // Everything a page can tell was judged; only the rule comparing the policy with the campaign's use cases waits for a campaign.
        Assert.Equal(["7200"], r.Results.Where(x => x.GetProperty("outcome").GetString() != "passed").Select(x => x.GetProperty("code").GetString()));
        Assert.Equal(["optIn", "privacy", "terms", "website"], r.Root.GetProperty("sites").EnumerateArray().Select(s => s.GetProperty("role").GetString()));
        Assert.Equal(["page", "page", "page", "given"], r.Root.GetProperty("sites").EnumerateArray().Select(s => s.GetProperty("roleFrom").GetString()));
        Assert.All(r.Root.GetProperty("sites").EnumerateArray(), s =>
        {
            Assert.Equal("loaded", s.GetProperty("state").GetString());
            Assert.True(s.GetProperty("tls").GetProperty("trusted").GetBoolean());
            Assert.True(s.GetProperty("httpRedirectsToHttps").GetBoolean());
        });

        var text = Site(Url("/book"), Url("/privacy"), Url("/terms"), "--website", Url("/"), "--brand", Brand);
        Assert.Equal(0, text.ExitCode);
        Assert.Equal(4, text.OutLines.Count(l => l == "  No problems found."));
        Assert.Contains($"  TLSv1.3, certificate trusted: CN={FixtureWeb.Www}, O=Preflight Tests, issued by CN=Bright Test Issuing CA", text.Out, StringComparison.Ordinal);
        Assert.Equal("PASS: no rejection reasons (no warnings)", text.OutLines[^1]);
        Assert.Equal("", text.Error);
    }

    public static TheoryData<string, string> BadCertificates => new()
    {
        { "expired", "expired" },
        { "future", "notYetValid" },
        { "wrong", "hostnameMismatch" },
        { "selfsigned", "selfSigned" },
        { "unknownroot", "untrustedRoot" },
        { "nochain", "incompleteChain" },
    };

    [Theory]
    [MemberData(nameof(BadCertificates))]
    public void A_certificate_that_does_not_verify_fails_2103_and_7105_with_its_subject_and_dates(string name, string problem)
    {
        var host = $"{name}.{SitePki.Domain}";
        var leaf = name switch
        {
            "expired" => _web.Pki.Expired,
            "future" => _web.Pki.NotYetValid,
            "wrong" => _web.Pki.WrongHost,
            "selfsigned" => _web.Pki.SelfSigned,
            "unknownroot" => _web.Pki.UnknownIssuer,
            _ => _web.Pki.MissingIntermediate,
        };
        var r = Json(Url("/book", host), Url("/privacy", host));
        Assert.True(r.Run.ExitCode == 1, r.ToString());
        Assert.Equal(["2103", "7105"], r.FailedCodes("rejection"));
        foreach (var (code, path) in new[] { ("2103", "/book"), ("7105", "/privacy") })
        {
            var f = Assert.Single(r.Findings(code));
            Assert.Equal("tls", f.Source);
            Assert.Equal(Url(path, host), f.Url);
            Assert.Contains(problem, f.Excerpt, StringComparison.Ordinal);
            Assert.Contains($"subject={leaf.Subject}", f.Excerpt, StringComparison.Ordinal);
            Assert.Contains($"notBefore={Day(leaf.NotBefore)}; notAfter={Day(leaf.NotAfter)}", f.Excerpt, StringComparison.Ordinal);
            Assert.Contains($"Subject \"{leaf.Subject}\"", f.Message, StringComparison.Ordinal);
        }
        var tls = r.Site(0).GetProperty("tls");
        Assert.False(tls.GetProperty("trusted").GetBoolean());
        Assert.Contains(problem, tls.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(leaf.Subject, tls.GetProperty("certificate").GetProperty("subject").GetString());
    }

    [Fact]
    public void The_text_report_quotes_the_certificate_under_its_address()
    {
        var host = "expired." + SitePki.Domain;
        var r = Site(Url("/book", host));
        Assert.Equal(1, r.ExitCode);
        var lines = r.OutLines;
        Assert.Equal(Url("/book", host), lines[0]);
        Assert.StartsWith("  opt-in page (recognised from the page) · HTTP 200", lines[1], StringComparison.Ordinal);
        Assert.Contains($"certificate does not verify (expired): CN={host}, O=Preflight Tests", lines[2], StringComparison.Ordinal);
        Assert.Equal("  [rejection] 2103 Opt-in URL certificate does not verify", lines[3]);
        Assert.Equal($"    certificate: {host}: expired; subject=CN={host}, O=Preflight Tests; issuer=CN=Bright Test Issuing CA, O=Preflight Tests; "
                     + $"notBefore={Day(_web.Pki.Expired.NotBefore)}; notAfter={Day(_web.Pki.Expired.NotAfter)}", lines[4]);
        Assert.StartsWith($"    - The certificate of {host} does not verify (expired on {Day(_web.Pki.Expired.NotAfter)})", lines[5], StringComparison.Ordinal);
        Assert.StartsWith("    Fix: ", lines[6], StringComparison.Ordinal);
        Assert.StartsWith("REJECT: 1 rejection reason (2103)", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_expiring_within_14_days_is_a_warning_not_a_rejection()
    {
        var host = "soon." + SitePki.Domain;
        var r = Json(Url("/book", host));
        Assert.True(r.Run.ExitCode == 0, r.ToString());
        Assert.Equal("passed", r.Outcome("2103"));
        var f = Assert.Single(r.Findings("PF500"));
        Assert.Equal("warning", f.Severity);
        Assert.Contains($"expires on {Day(_web.Pki.ExpiresSoon.NotAfter)}", f.Message, StringComparison.Ordinal);
        Assert.Contains($"subject=CN={host}", f.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void A_domain_that_does_not_resolve_fails_2104_and_7101()
    {
        var r = Json(Url("/book", FixtureWeb.Nowhere), "--privacy", Url("/privacy-policy", FixtureWeb.Nowhere));
        Assert.True(r.Run.ExitCode == 1, r.ToString());
        Assert.Equal(["2104", "7101", "805"], r.FailedCodes("rejection")); // 805: a policy that cannot be read is not compliant either
        Assert.Contains(FixtureWeb.Nowhere, Assert.Single(r.Findings("2104")).Message, StringComparison.Ordinal);
        Assert.Equal(Url("/privacy-policy", FixtureWeb.Nowhere), Assert.Single(r.Findings("7101")).Url);
        Assert.Equal("noSuchDomain", r.Site(0).GetProperty("state").GetString());
        // What cannot be judged without the page is not passed either.
        Assert.Equal("notEvaluated", r.Outcome("2125"));
        Assert.Equal("notEvaluated", r.Outcome("7103"));
    }

    [Fact]
    public void An_http_address_reports_the_protocol_problem()
    {
        var url = $"http://{FixtureWeb.Plain}/book";
        var r = Json(url);
        Assert.True(r.Run.ExitCode == 1, r.ToString());
        Assert.Equal(["PF501"], r.FailedCodes("rejection"));
        var f = Assert.Single(r.Findings("PF501"));
        Assert.Equal(url, f.Excerpt);
        Assert.Contains("uses http://, not https://", f.Message, StringComparison.Ordinal);
        Assert.Contains($"http://{FixtureWeb.Plain}/ is served over plain http", Assert.Single(r.Findings("PF505")).Message, StringComparison.Ordinal);
        Assert.False(r.Site(0).TryGetProperty("tls", out _));
    }

    [Fact]
    public void An_ip_address_url_reports_the_ip_address_problem_even_when_it_is_refused()
    {
        // No network options at all: 127.0.0.1 is refused, and the address is still an IP address.
        var r = SiteReport.Parse(Cli.Run("site", "https://127.0.0.1/", "--format", "json", "--no-render"));
        Assert.True(r.Run.ExitCode == 1, r.ToString());
        Assert.Equal(["PF502"], r.FailedCodes());
        Assert.Equal("https://127.0.0.1/", Assert.Single(r.Findings("PF502")).Excerpt);
        Assert.Equal("refused", r.Site(0).GetProperty("state").GetString());
        Assert.Contains("127.0.0.1 (loopback)", r.Run.Error, StringComparison.Ordinal);

        // Reached (loopback allowed), its certificate cannot name the address either.
        var reached = Json("https://127.0.0.1/book");
        Assert.Equal(["2103", "PF502"], reached.FailedCodes("rejection"));
        Assert.Contains("hostnameMismatch", Assert.Single(reached.Findings("2103")).Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void A_private_address_is_refused_unless_allow_private_is_given()
    {
        var resolve = new[] { "--resolve", $"{FixtureWeb.Www}:443:127.0.0.1:{_web.HttpsPort}", "--trust-root", _web.RootPem, "--no-render" };
        var r = Cli.Run(["site", Url("/book"), .. resolve]);
        Assert.True(r.ExitCode == 2, r.Out + r.Error);
        Assert.StartsWith("NOT CHECKED: 1 address was refused", r.OutLines[^1], StringComparison.Ordinal);
        Assert.Contains("  Not checked.", r.OutLines);
        var line = Assert.Single(r.ErrorLines);
        Assert.Equal($"preflight: {Url("/book")}: not checked: {FixtureWeb.Www} resolves to 127.0.0.1 (loopback): "
                     + "private, loopback and link-local addresses are refused (allow them only to test a local site); --allow-private allows it", line);

        var json = SiteReport.Parse(Cli.Run(["site", Url("/book"), "--format", "json", .. resolve]));
        Assert.Equal("refused", json.Site(0).GetProperty("state").GetString());
        Assert.Equal("private-address", json.Site(0).GetProperty("errorKind").GetString());
        Assert.Empty(json.FailedCodes());
        Assert.Equal("notEvaluated", json.Outcome("2104"));

        var allowed = Cli.Run(["site", Url("/book"), "--allow-private", .. resolve]);
        Assert.True(allowed.ExitCode == 0, allowed.Out + allowed.Error);
    }

    [Fact]
    public void Mixed_content_is_reported_with_each_insecure_element()
    {
        var r = Json(Page("optin-mixed-content.html"));
        Assert.Equal(["PF503"], r.FailedCodes("rejection"));
        var form = Assert.Single(r.Findings("PF503"));
        Assert.Equal("#booking-form", form.Selector);
        Assert.Equal("http://forms.brightsmiledental.com/book", form.Excerpt);
        var mixed = r.Findings("PF504");
        Assert.Equal(["http://cdn.brightsmiledental.com/js/widget.js", "http://cdn.brightsmiledental.com/img/team.jpg"], mixed.Select(f => f.Excerpt));
        Assert.Equal(["html > head > script:nth-of-type(3)", "#main > section > div > img"], mixed.Select(f => f.Selector));
    }

    [Theory]
    [InlineData("optin-no-form.html", "2125", "body")]
    [InlineData("optin-no-phone.html", "2139", "#booking-form")]
    [InlineData("optin-prechecked.html", "30925", "#sms-consent")]
    [InlineData("optin-required.html", "803 2131", "#sms-consent")]
    [InlineData("optin-bundled.html", "2131 30925 803", "#agree-all")]
    [InlineData("optin-multipurpose-required-phone.html", "2131", "#phone")]
    [InlineData("optin-missing-brand.html", "2113", "#sms-consent")]
    [InlineData("optin-missing-types.html", "2114", "#sms-consent")]
    [InlineData("optin-missing-frequency.html", "2115", "#sms-consent")]
    [InlineData("optin-missing-rates.html", "2116", "#sms-consent")]
    [InlineData("optin-missing-help.html", "2117", "#sms-consent")]
    [InlineData("optin-missing-stop.html", "2118", "#sms-consent")]
    [InlineData("optin-missing-privacy.html", "2121", "#sms-consent")]
    [InlineData("optin-yesno-gate.html", "706", "#age-question")]
    public void A_defective_opt_in_page_fails_its_code_at_the_element(string file, string codes, string selector)
    {
        var expected = codes.Split(' ');
        var r = Json("--opt-in", Page(file), "--brand", Brand);
        Assert.True(r.Run.ExitCode == 1, r.ToString());
        Assert.Equal(expected.Order(StringComparer.Ordinal), r.FailedCodes("rejection"));
        foreach (var code in expected)
            Assert.All(r.Findings(code), f =>
            {
                Assert.Equal(selector, f.Selector);
                Assert.Equal(Page(file), f.Url);
                Assert.False(string.IsNullOrEmpty(f.Excerpt));
            });
    }

    [Fact]
    public void A_box_bundling_sms_consent_with_the_terms_is_named_as_bundled()
    {
        var r = Json(Page("optin-bundled.html"));
        Assert.Contains(r.Findings("30925"), f => f.Message.Contains("takes SMS consent and acceptance of the terms or privacy policy together", StringComparison.Ordinal));
        Assert.Contains("I agree to the Terms of Service and Privacy Policy", Assert.Single(r.Findings("803")).Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_report_gives_the_checkbox_selector_and_its_words()
    {
        var r = Site(Page("optin-prechecked.html"));
        Assert.Equal(1, r.ExitCode);
        var at = Array.FindIndex(r.OutLines, l => l == "  [rejection] 30925 SMS consent is pre-checked or not a separate choice");
        Assert.True(at > 0, r.Out);
        Assert.StartsWith("    at #sms-consent: \"By checking this box, I agree to receive appointment reminders", r.OutLines[at + 1], StringComparison.Ordinal);
        Assert.Contains("is already checked when the page loads", r.OutLines[at + 2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("privacy-shares.html", "7103", "We may share your information with our partners and affiliates")]
    [InlineData("privacy-shares-mobile.html", "7103", "We may share your mobile phone number with our marketing partners")]
    [InlineData("privacy-except-consent.html", "7108", "except with your consent")]
    [InlineData("privacy-unless-permission.html", "7108", "unless you give us permission")]
    [InlineData("privacy-partner-exception.html", "7109", "except with our affiliates")]
    public void A_privacy_policy_allowing_sharing_fails_with_the_quoted_sentence(string file, string code, string words)
    {
        var r = Json("--privacy", Page(file));
        Assert.True(r.Run.ExitCode == 1, r.ToString());
        Assert.Equal(new[] { "805", code }.Order(StringComparer.Ordinal), r.FailedCodes("rejection"));
        var f = Assert.Single(r.Findings(code));
        Assert.Contains(words, f.Excerpt, StringComparison.Ordinal);
        Assert.Matches(@"^#main > article > p:nth-of-type\(\d+\)$", f.Selector);
        Assert.Contains(words, f.Message, StringComparison.Ordinal);
        Assert.Equal(f.Excerpt, Assert.Single(r.Findings("805")).Excerpt);
    }

    [Theory]
    [InlineData("privacy-good.html")]
    [InlineData("privacy-simple-statement.html")]
    [InlineData("privacy-carveout.html")]
    public void A_compliant_privacy_policy_passes(string file)
    {
        var r = Json("--privacy", Page(file));
        Assert.True(r.Run.ExitCode == 0, r.ToString());
        Assert.Empty(r.FailedCodes());
        Assert.All(new[] { "805", "7102", "7103", "7105", "7108", "7109" }, c => Assert.Equal("passed", r.Outcome(c)));
    }

    [Theory]
    [InlineData("terms-missing-help.html", "how to get help")]
    [InlineData("terms-missing-rates.html", "message and data rates may apply")]
    public void Terms_missing_a_required_element_fail_852(string file, string missing)
    {
        var r = Json("--terms", Page(file), "--brand", Brand);
        Assert.True(r.Run.ExitCode == 1, r.ToString());
        Assert.Equal(["852"], r.FailedCodes());
        Assert.Contains(missing, Assert.Single(r.Findings("852")).Message, StringComparison.Ordinal);

        var good = Json("--terms", Url("/terms"), "--brand", Brand);
        Assert.Equal("passed", good.Outcome("852"));
    }

    [Fact]
    public void Hostile_servers_cannot_hang_or_exhaust_the_validator()
    {
        var watch = Stopwatch.StartNew();
        var r = SiteReport.Parse(Cli.Run(["site", Url("/endless"), Url("/chain/1000"), Url("/", FixtureWeb.Hang), Url("/loop/a"), "--format", "json", .. _web.Network(timeout: 3)]));
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(25), $"took {watch.Elapsed}");
        Assert.Equal(1, r.Run.ExitCode);

        var endless = r.Site(0); // cut at the byte cap and judged
        Assert.Equal("loaded", endless.GetProperty("state").GetString());
        Assert.True(endless.GetProperty("truncated").GetBoolean());

        Assert.Equal("redirectProblem", r.Site(1).GetProperty("state").GetString()); // stopped after 10 hops
        Assert.Equal(11, r.Site(1).GetProperty("redirects").GetArrayLength());
        Assert.Contains(r.Findings("PF506"), f => f.Url == Url("/chain/1000") && f.Message.Contains("more than 10 redirects", StringComparison.Ordinal));
        Assert.Contains(r.Findings("PF506"), f => f.Url == Url("/loop/a") && f.Message.Contains("loop back", StringComparison.Ordinal));

        Assert.Equal("unreachable", r.Site(2).GetProperty("state").GetString()); // accepts, never answers
        Assert.Contains(r.Findings("2104"), f => f.Url == Url("/", FixtureWeb.Hang) && f.Message.Contains("took longer than 3 s", StringComparison.Ordinal));
    }

    [Fact]
    public void Saved_evidence_is_judged_again_offline_to_the_same_report()
    {
        var dir = _web.Scratch("site-save");
        var live = Site(Page("optin-prechecked.html"), Url("/privacy", "expired." + SitePki.Domain), "--save", dir, "--format", "json");
        Assert.Equal(1, live.ExitCode);
        Assert.True(File.Exists(Path.Combine(dir, "evidence.json")));
        Assert.Contains($"preflight site --site-evidence {dir}", live.Error, StringComparison.Ordinal);

        var offline = Cli.Run("site", "--site-evidence", dir, "--format", "json");
        Assert.Equal(1, offline.ExitCode);
        var a = SiteReport.Parse(live);
        var b = SiteReport.Parse(offline);
        Assert.Equal(a.Root.GetProperty("results").GetRawText(), b.Root.GetProperty("results").GetRawText());
        Assert.Equal(["30925", "7105"], b.FailedCodes("rejection"));
    }

    [Theory]
    [InlineData("ftp://www.brightsmiledental.com/book", "ftp://www.brightsmiledental.com/book: not an http:// or https:// address")]
    [InlineData("--resolve=nonsense", "--resolve: 'nonsense' is not host:port:address")]
    [InlineData("--resolve=www.brightsmiledental.com:99999:127.0.0.1", "--resolve: 'www.brightsmiledental.com:99999:127.0.0.1': the port must be a number from 1 to 65535")]
    [InlineData("--resolve=www.brightsmiledental.com:443:localhost", "--resolve: 'www.brightsmiledental.com:443:localhost': 'localhost' is not an IP address")]
    [InlineData("--trust-root=/nonexistent/ca.pem", "/nonexistent/ca.pem: --trust-root: cannot read the file")]
    [InlineData("--trust-root=README.md", "README.md: --trust-root: not a PEM or DER certificate")]
    [InlineData("--timeout=0", "--timeout: '0' is not a number of seconds")]
    [InlineData("--site-evidence=/nonexistent/crawl", "/nonexistent/crawl: --site-evidence: no saved crawl here")]
    public void Unusable_addresses_and_options_exit_2_with_one_line(string bad, string message)
    {
        string[] args = bad.StartsWith("--site-evidence", StringComparison.Ordinal) ? ["site", bad] : ["site", "https://www.brightsmiledental.com/book", bad];
        var r = Cli.Run(bad.StartsWith("ftp:", StringComparison.Ordinal) ? ["site", bad] : args);
        Assert.True(r.ExitCode == 2, r.Out + r.Error);
        Assert.Equal("", r.Out);
        var line = Assert.Single(r.ErrorLines);
        Assert.StartsWith(message, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_without_an_address_exits_2()
    {
        var r = Cli.Run("site");
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("preflight site: give at least one address", Assert.Single(r.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_is_shown_on_a_terminal_only()
    {
        string[] args = ["site", Url("/book"), Url("/privacy"), Url("/terms"), .. _web.Network()];
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(0, PreflightCli.Run(args, stdout, stderr, Cli.RepoRoot, errorIsTerminal: true, CancellationToken.None));
        var shown = stderr.ToString();
        Assert.Contains("Gathering [3/3] https://www.brightsmiledental.com/", shown, StringComparison.Ordinal);
        Assert.EndsWith("\r\u001b[2K", shown, StringComparison.Ordinal); // the status line is cleared before the report

        var piped = Cli.Run(args);
        Assert.Equal("", piped.Error);
        Assert.Equal(stdout.ToString(), piped.Out);
    }

    [Fact]
    public void Ctrl_c_stops_a_crawl_at_once_with_exit_130()
    {
        using var interrupt = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var watch = Stopwatch.StartNew();
        var code = PreflightCli.Run(["site", Url("/", FixtureWeb.Hang), .. _web.Network(timeout: 60)], stdout, stderr, Cli.RepoRoot, errorIsTerminal: false, interrupt.Token);
        Assert.Equal(130, code);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal("preflight: interrupted", stderr.ToString().Trim());
        Assert.Equal("", stdout.ToString());
    }

    [ChromiumFact]
    public void A_form_built_by_script_is_seen_in_the_browser_render()
    {
        var url = Page("optin-script-built.html");
        var stat = Json(url);
        Assert.Equal(["2125"], stat.FailedCodes());

        var rendered = SiteReport.Parse(Cli.Run(["site", url, "--format", "json", "--brand", Brand, .. _web.Network(render: true, timeout: 30)]));
        Assert.True(rendered.Run.ExitCode == 0, rendered.ToString());
        Assert.True(rendered.Site(0).GetProperty("render").GetProperty("rendered").GetBoolean());
        Assert.Empty(rendered.FailedCodes());
        Assert.Equal("passed", rendered.Outcome("2125"));
        Assert.Equal("passed", rendered.Outcome("30925"));
    }

    [Fact]
    public void The_installed_binary_checks_a_site_as_a_process()
    {
        var r = Cli.Process(["site", Url("/book"), Page("optin-prechecked.html"), .. _web.Network()]);
        Assert.True(r.ExitCode == 1, r.Out + r.Error);
        Assert.Contains("30925 SMS consent is pre-checked", r.Out, StringComparison.Ordinal);
        Assert.StartsWith("REJECT: 1 rejection reason (30925)", r.OutLines[^1], StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void The_binary_with_the_browser_render_cannot_be_hung_by_hostile_servers()
    {
        var watch = Stopwatch.StartNew();
        var r = Cli.Process(["site", Url("/endless"), Url("/chain/1000"), Url("/", FixtureWeb.Hang), .. _web.Network(render: true, timeout: 3)]);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(45), $"took {watch.Elapsed}");
        Assert.True(r.ExitCode == 1, r.Out + r.Error);
        Assert.Contains("PF506", r.OutLines[^1], StringComparison.Ordinal);
    }
}

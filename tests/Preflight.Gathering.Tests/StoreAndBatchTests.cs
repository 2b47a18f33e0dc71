using Preflight.Core.Sites;

namespace Preflight.Gathering.Tests;

[Collection(FixtureSiteGroup.Name)]
public sealed class StoreAndBatchTests
{
    private readonly FixtureSite _site;

    public StoreAndBatchTests(FixtureSite site) => _site = site;

    [Fact]
    public async Task Batch_fetches_a_repeated_url_once_and_reports_it_under_each_role()
    {
        var optin = _site.Https("good.preflight.test", "/optin?batch=1");
        var privacy = _site.Https("good.preflight.test", "/privacy?batch=1");
        var progress = new List<GatherProgress>();
        var before = _site.Hits.GetValueOrDefault("good.preflight.test/optin");
        var set = await SiteGatherer.GatherAllAsync(
            [new CrawlTarget(optin, SiteRoles.Website), new CrawlTarget(privacy, SiteRoles.Privacy), new CrawlTarget(optin, SiteRoles.OptIn)],
            _site.Options() with { ProbeHttp = false }, new SyncProgress(progress), CancellationToken.None);
        Assert.Equal([SiteRoles.Website, SiteRoles.Privacy, SiteRoles.OptIn], set.Sites.Select(s => s.Role));
        Assert.Equal([optin, privacy, optin], set.Sites.Select(s => s.Url));
        Assert.Equal(before + 1, _site.Hits["good.preflight.test/optin"]);
        Assert.Equal(2, progress.Count);
        Assert.Equal(2, progress.Max(p => p.Done));
        Assert.True(set.Provides.HasFlag(Preflight.Core.Engine.Needs.OptInPage | Preflight.Core.Engine.Needs.PrivacyPage | Preflight.Core.Engine.Needs.Tls));
    }

    [Fact]
    public async Task Saved_evidence_loads_back_the_same()
    {
        var set = await SiteGatherer.GatherAllAsync(
            [new CrawlTarget(_site.Https("redirect.preflight.test", "/mixed"), SiteRoles.OptIn), new CrawlTarget(_site.Https("expired.preflight.test"), SiteRoles.Privacy)],
            _site.Options(), null, CancellationToken.None);
        var png = Convert.ToBase64String([0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);
        set = set with
        {
            Sites = [set.Sites[0] with { Render = new RenderEvidence
            {
                Screenshot = "data:image/png;base64," + png,
                Checkboxes = [new CheckboxState("#sms", true, false, "Text me")],
                Boxes = new Dictionary<string, ElementBox> { ["#sms"] = new(1, 2, 3, 4) },
            } }, set.Sites[1]],
        };
        var dir = Path.Combine(Path.GetTempPath(), "preflight-evidence-" + Guid.NewGuid().ToString("N"));
        try
        {
            SiteEvidenceStore.Save(dir, set);
            Assert.True(File.Exists(Path.Combine(dir, "evidence.json")));
            Assert.True(File.Exists(Path.Combine(dir, "screenshot-001.png")));
            var json = File.ReadAllText(Path.Combine(dir, "evidence.json"));
            Assert.Contains("\"httpRedirectsToHttps\": true", json);
            Assert.DoesNotContain("data:image/png", json);

            var loaded = SiteEvidenceStore.Load(dir);
            Assert.Equal("screenshot-001.png", loaded.Sites[0].Render!.Screenshot);
            Assert.Equal(SiteEvidenceStore.Serialize(SiteEvidenceStore.Load(dir)), json);
            var a = set.Sites[1];
            var b = loaded.Sites[1];
            Assert.Equal(a.Tls!.Problems, b.Tls!.Problems);
            Assert.Equal(a.Tls.Chain[0].Pem, b.Tls.Chain[0].Pem);
            Assert.Equal(a.Tls.Chain[0].NotAfter, b.Tls.Chain[0].NotAfter);
            Assert.Equal(a.Redirects, b.Redirects);
            Assert.Equal(a.Page!.Html, b.Page!.Html);
            Assert.Equal(a.Page.Headers["content-type"], b.Page.Headers["content-type"]);
            Assert.Equal(set.Sites[0].Page!.Resources, loaded.Sites[0].Page!.Resources);
            Assert.Equal(set.Sites[0].Render!.Checkboxes, loaded.Sites[0].Render!.Checkboxes);
            Assert.Equal(new ElementBox(1, 2, 3, 4), loaded.Sites[0].Render!.Boxes["#sms"]);
            Assert.Equal(a.Dns, b.Dns! with { Addresses = a.Dns!.Addresses });
            Assert.Equal(a.Dns.Addresses, b.Dns.Addresses);

            var inlined = SiteEvidenceStore.Load(dir, inlineScreenshots: true);
            Assert.Equal("data:image/png;base64," + png, inlined.Sites[0].Render!.Screenshot);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Loading_a_missing_folder_says_where_it_looked() =>
        Assert.Contains("evidence.json", Assert.Throws<FileNotFoundException>(() => SiteEvidenceStore.Load("/nonexistent/crawl")).Message);

    private sealed class SyncProgress(List<GatherProgress> list) : IProgress<GatherProgress>
    {
        public void Report(GatherProgress value)
        {
            lock (list) list.Add(value);
        }
    }
}

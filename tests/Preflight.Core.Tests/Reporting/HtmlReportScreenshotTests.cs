using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Preflight.Core.Engine;
using Preflight.Core.Input;
using Preflight.Core.Reporting;
using Preflight.Core.Sites;

namespace Preflight.Core.Tests.Reporting;

public sealed class HtmlReportScreenshotTests
{
    private const string Url = "https://example.com/join?a=1&b=<2>";
    private const string DataUri = "data:image/png;base64,";
    private const uint Red = 0xD50000;

    /// <summary>Page findings on made-up rules: two on the consent box, one on the whole page, one on an unrecorded element.</summary>
    private static readonly RuleCatalog Catalog = new(
    [
        new MadeUpRule(ReportFixtures.Descriptor("6100", Severity.Rejection), _ => Check.Fail(
            new Finding("The SMS box is ticked already.", Evidence.Page(Url, "#sms-consent", "Text me offers")))),
        new MadeUpRule(ReportFixtures.Descriptor("6200", Severity.Rejection), _ => Check.Fail(
            new Finding("The consent text lacks the STOP notice.", Evidence.Page(Url, "#sms-consent", "Text me offers")))),
        new MadeUpRule(ReportFixtures.Descriptor("6300", Severity.Warning), _ => Check.Fail(
            new Finding("The page is not about the brand.", Evidence.Page(Url, "title", "Cheap pills")))),
        new MadeUpRule(ReportFixtures.Descriptor("6400", Severity.Warning), _ => Check.Fail(
            new Finding("Somewhere not recorded.", Evidence.Page(Url, "#nowhere", "lost words")))),
    ]);

    private static readonly ElementBox ConsentBox = new(300, 1200, 20, 20);

    /// <summary>A 1280 × 1400 white page with the consent box painted red where the render says it is.</summary>
    private static readonly string Shot = PaintScreenshot();

    private static string PaintScreenshot()
    {
        var page = PngImage.Blank(1280, 1400);
        page.Fill(300, 1200, 20, 20, Red);
        return DataUri + Convert.ToBase64String(page.Encode());
    }

    private static string Screenshot() => Shot;

    private static SiteEvidence Site(string? screenshot, string role = SiteRoles.Unknown, IReadOnlyDictionary<string, ElementBox>? boxes = null) => new()
    {
        Url = Url,
        Role = role,
        Page = new PageEvidence { FinalUrl = Url, Status = 200, Html = "<html><body><p>hello</p></body></html>" },
        Render = new RenderEvidence
        {
            Html = "<html><body><p>hello</p></body></html>",
            Screenshot = screenshot,
            Boxes = boxes ?? new Dictionary<string, ElementBox> { ["#sms-consent"] = ConsentBox },
        },
    };

    private static CheckedSubmission Judge(SiteEvidenceSet? sites, RuleCatalog? catalog = null)
    {
        var submission = Golden.Submission;
        return new CheckedSubmission(SubmissionDocument.Of(submission), new Evaluator(catalog ?? Catalog).Evaluate(submission)) { Sites = sites };
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static IElement ShotFor(IDocument doc, string selector) =>
        doc.QuerySelectorAll(".shot-finding").Single(f => f.QuerySelector(".where code")!.TextContent == Url + " " + selector);

    private static PngImage Embedded(IElement figure)
    {
        var src = figure.QuerySelector("img")!.GetAttribute("src")!;
        Assert.StartsWith(DataUri, src);
        return PngImage.Decode(Convert.FromBase64String(src[DataUri.Length..]))!;
    }

    [Fact]
    public void Shows_the_screenshot_cut_out_around_the_element_with_an_outline_at_its_box()
    {
        var html = HtmlReport.ToHtml([Judge(new SiteEvidenceSet { Sites = [Site(Screenshot())] })]);
        var figure = ShotFor(Parse(html), "#sms-consent");

        // The box (300, 1200, 20 × 20) with a 60 px margin, widened to 800 to the right and grown to 260 tall:
        // the cut-out spans x 240–1040, y 1080–1340.
        var img = figure.QuerySelector("img")!;
        Assert.Equal("800", img.GetAttribute("width"));
        Assert.Equal("260", img.GetAttribute("height"));
        var cut = Embedded(figure);
        Assert.Equal((800, 260), (cut.Width, cut.Height));
        Assert.Equal((Red << 8) | 0xFF, cut.Pixel(60, 120)); // the red box's top-left corner
        Assert.Equal((Red << 8) | 0xFF, cut.Pixel(79, 139)); // and its bottom-right one
        Assert.Equal(0xFFFFFFFFu, cut.Pixel(59, 120));
        Assert.Equal(0xFFFFFFFFu, cut.Pixel(80, 140));

        var outline = figure.QuerySelector(".frame > .outline")!;
        Assert.Equal("left:7.5%;top:46.15%;width:2.5%;height:7.69%", outline.GetAttribute("style"));
        Assert.Null(figure.QuerySelector(".form-box"));
        Assert.Contains("outlined in red", figure.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public void Findings_on_one_element_share_one_screenshot_with_the_quote_and_every_fix_beside_it()
    {
        var doc = Parse(HtmlReport.ToHtml([Judge(new SiteEvidenceSet { Sites = [Site(Screenshot())] })]));
        var figure = ShotFor(doc, "#sms-consent");
        Assert.Single(doc.QuerySelectorAll(".shot-finding"), f => f.QuerySelector(".where code")!.TextContent.EndsWith("#sms-consent", StringComparison.Ordinal));
        Assert.Equal("Text me offers", Assert.Single(figure.QuerySelectorAll("blockquote mark")).TextContent);
        var findings = figure.QuerySelectorAll(".beside .finding").Select(f => f.QuerySelector(".code")!.TextContent).ToArray();
        Assert.Equal(["6100", "6200"], findings);
        Assert.Contains("Fix for 6200.", figure.QuerySelector(".beside")!.TextContent);
    }

    [Fact]
    public void A_finding_about_the_whole_page_shows_its_top_without_an_outline()
    {
        var doc = Parse(HtmlReport.ToHtml([Judge(new SiteEvidenceSet { Sites = [Site(Screenshot())] })]));
        var figure = doc.QuerySelectorAll(".shot-finding").Single(f => f.QuerySelector(".where code")!.TextContent == Url);
        var cut = Embedded(figure);
        Assert.Equal((1280, 720), (cut.Width, cut.Height));
        Assert.Null(figure.QuerySelector(".outline"));
        Assert.Contains("6300", figure.TextContent);
        Assert.Contains("page as a whole", figure.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public void Report_stays_one_self_contained_page_with_only_data_images()
    {
        var html = HtmlReport.ToHtml([Judge(new SiteEvidenceSet { Sites = [Site(Screenshot())] })]);
        var doc = Parse(html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(doc.QuerySelectorAll("[href]"), e => !e.GetAttribute("href")!.StartsWith('#'));
        Assert.All(doc.QuerySelectorAll("[src]"), e => Assert.StartsWith(DataUri, e.GetAttribute("src")));
        Assert.Equal(2, doc.QuerySelectorAll("img").Length);
        Assert.Contains("img-src data:", doc.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"));
        // The page address is untrusted text: encoded in the caption, the alt text and the code.
        Assert.DoesNotContain("<2>", html, StringComparison.Ordinal);
        Assert.Contains("Screenshot of https://example.com/join?a=1&b=<2>: #sms-consent", doc.QuerySelectorAll("img").Select(i => i.GetAttribute("alt")));
        // A small cut-out stays small.
        Assert.InRange(html.Length, 1, 60_000);
    }

    [Fact]
    public void An_element_the_render_did_not_record_is_shown_as_without_screenshots()
    {
        var doc = Parse(HtmlReport.ToHtml([Judge(new SiteEvidenceSet { Sites = [Site(Screenshot())] })]));
        Assert.DoesNotContain(doc.QuerySelectorAll(".shot-finding"), f => f.TextContent.Contains("6400", StringComparison.Ordinal));
        var where = doc.QuerySelectorAll(".other > .where").Single(w => w.TextContent.Contains("#nowhere", StringComparison.Ordinal));
        Assert.Equal(Url + " #nowhere", where.QuerySelector("code")!.TextContent);
        Assert.Equal("lost words", where.QuerySelector("blockquote mark")!.TextContent);
    }

    [Fact]
    public void Pages_without_screenshots_render_exactly_as_without_site_evidence()
    {
        var without = HtmlReport.ToHtml([Judge(null)]);
        Assert.Empty(Parse(without).QuerySelectorAll("img, .shot-finding"));
        Assert.Contains("<div class=\"where\"><code>https://example.com/join?a=1&amp;b=&lt;2&gt; #sms-consent</code><blockquote><mark>Text me offers</mark></blockquote></div>", without, StringComparison.Ordinal);

        var noShot = new SiteEvidenceSet { Sites = [Site(null)] };
        var skipped = new SiteEvidenceSet { Sites = [Site(Screenshot()) with { Render = new RenderEvidence { Skipped = "chromium not found" } }] };
        var elsewhere = new SiteEvidenceSet { Sites = [Site(Screenshot()) with { Url = "https://other.example/", Page = null }] };
        var savedAsFile = new SiteEvidenceSet { Sites = [Site("screenshot-001.png")] };
        var broken = new SiteEvidenceSet { Sites = [Site(DataUri + "bm90IGEgcG5n")] };
        foreach (var sites in new[] { noShot, skipped, elsewhere, savedAsFile, broken })
            Assert.Equal(without, HtmlReport.ToHtml([Judge(sites)]));
    }

    [Fact]
    public void A_hidden_element_is_outlined_by_its_nearest_recorded_ancestor()
    {
        var boxes = new Dictionary<string, ElementBox>
        {
            ["body > main > form > p:nth-of-type(2) > input"] = new(310, 1210, 0, 0), // visually hidden checkbox
            ["body > main > form > p:nth-of-type(2)"] = ConsentBox,
            ["body > main > form"] = new(200, 1000, 700, 400),
        };
        Assert.Equal(ConsentBox, PageShots.Locate(boxes, "body > main > form > p:nth-of-type(2) > input"));
        Assert.Equal(ConsentBox, PageShots.Locate(boxes, "body > main > form > p:nth-of-type(2) > input > span"));
        Assert.Null(PageShots.Locate(boxes, "body > footer > p"));
        Assert.Null(PageShots.Locate(boxes, "#elsewhere"));
    }

    [Fact]
    public void A_tall_element_is_cut_to_at_most_900_pixels_from_its_top()
    {
        var boxes = new Dictionary<string, ElementBox> { ["#sms-consent"] = new(0, 100, 1280, 1200) };
        var doc = Parse(HtmlReport.ToHtml([Judge(new SiteEvidenceSet { Sites = [Site(Screenshot(), boxes: boxes)] })]));
        var figure = ShotFor(doc, "#sms-consent");
        var cut = Embedded(figure);
        Assert.Equal((1280, 900), (cut.Width, cut.Height));
        Assert.Equal("left:0%;top:6.67%;width:100%;height:93.33%", figure.QuerySelector(".outline")!.GetAttribute("style"));
    }

    [Fact]
    public void A_checkbox_of_an_opt_in_form_is_shown_with_its_form_dashed_around_it()
    {
        const string page = """
            <html><body><main><form id="signup"><input type="tel" name="phone" id="phone">
            <p><input type="checkbox" id="sms-consent" checked><label for="sms-consent">Text me offers from Bright Smile Dental</label></p>
            </form></main></body></html>
            """;
        var boxes = new Dictionary<string, ElementBox>
        {
            ["#sms-consent"] = ConsentBox,
            ["#signup"] = new(280, 1100, 600, 160),
        };
        var site = Site(Screenshot(), SiteRoles.OptIn, boxes) with
        {
            Page = new PageEvidence { FinalUrl = Url, Status = 200, Html = page },
        };
        site = site with { Render = site.Render! with { Html = page, Checkboxes = [new CheckboxState("#sms-consent", true, false, null)] } };
        var figure = ShotFor(Parse(HtmlReport.ToHtml([Judge(new SiteEvidenceSet { Sites = [site] })])), "#sms-consent");

        // Form and box together (x 280–880, y 1100–1260) plus the margin: x 220–1020, y 1040–1320.
        var cut = Embedded(figure);
        Assert.Equal((800, 280), (cut.Width, cut.Height));
        Assert.Equal("left:7.5%;top:21.43%;width:75%;height:57.14%", figure.QuerySelector(".form-box")!.GetAttribute("style"));
        Assert.Equal("left:10%;top:57.14%;width:2.5%;height:7.14%", figure.QuerySelector(".outline")!.GetAttribute("style"));
        Assert.Contains("the form around it", figure.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public void At_most_twelve_screenshots_per_submission()
    {
        var rules = Enumerable.Range(0, 15).Select(i => (Rule)new MadeUpRule(ReportFixtures.Descriptor($"7{i:000}", Severity.Warning), _ =>
            Check.Fail(new Finding($"Element {i}.", Evidence.Page(Url, $"#e{i}", $"words {i}"))))).ToArray();
        var boxes = Enumerable.Range(0, 15).ToDictionary(i => $"#e{i}", i => new ElementBox(10, 10 + (i * 100), 50, 20));
        var doc = Parse(HtmlReport.ToHtml([Judge(new SiteEvidenceSet { Sites = [Site(Screenshot(), boxes: boxes)] }, new RuleCatalog(rules))]));
        Assert.Equal(PageShots.MaxPerSubmission, doc.QuerySelectorAll(".shot-finding").Length);
        Assert.Equal(3, doc.QuerySelectorAll(".other > .where").Length);
    }
}

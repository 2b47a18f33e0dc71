using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Preflight.Core.Engine;
using Preflight.Core.Input;
using Preflight.Core.Model;
using Preflight.Core.Reporting;
using Preflight.Core.Sites;

namespace Preflight.Gathering.Tests;

/// <summary>
/// Real Chromium against a loopback page with a pre-checked SMS box below a full-viewport banner: the render records
/// the box under the selector the rules name, inside the screenshot and where the screenshot shows it, and the HTML
/// report outlines it there.
/// </summary>
public sealed class ScreenshotBoxTests : IAsyncLifetime
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head><title>Acme Bakery texts</title>
        <style>
          body { margin: 0; font: 16px sans-serif; }
          .hero { height: 100vh; background: #e8eefc; }
          form { margin: 40px; padding: 20px; border: 1px solid #999; width: 560px; }
          #consent-text { background: #ff00ff; color: #fff; }
        </style></head>
        <body>
          <div class="hero"><h1>Acme Bakery</h1></div>
          <form id="signup" action="/join" method="post">
            <p><label for="phone">Mobile number</label> <input type="tel" id="phone" name="phone" required></p>
            <p><input type="checkbox" id="sms-consent" name="sms" checked>
               <label id="consent-text" for="sms-consent">Send me marketing text messages from Acme Bakery.</label></p>
            <button type="submit">Join</button>
          </form>
          <div style="height: 1500px"></div>
        </body></html>
        """;

    private WebApplication? _app;
    private string _url = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(c =>
        {
            c.Response.ContentType = "text/html; charset=utf-8";
            return c.Response.WriteAsync(Page);
        });
        await _app.StartAsync();
        _url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/join";
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    [ChromiumFact]
    public async Task Prechecked_box_is_recorded_where_the_screenshot_shows_it_and_the_report_outlines_it()
    {
        var options = new GatherOptions { AllowPrivate = true, ProbeHttp = false, Render = true, RenderTimeout = TimeSpan.FromSeconds(30) };
        var site = await SiteGatherer.GatherAsync(_url, SiteRoles.OptIn, options, CancellationToken.None);
        var render = site.Render!;
        Assert.True(render.Skipped is null, render.Skipped);

        Assert.StartsWith("data:image/png;base64,", render.Screenshot);
        var image = PngImage.Decode(Convert.FromBase64String(render.Screenshot!["data:image/png;base64,".Length..]));
        Assert.NotNull(image);

        // The rules name the box "#sms-consent"; its box is real and lies on the screenshot, below the banner.
        var box = render.Boxes["#sms-consent"];
        Assert.True(box.Width > 0 && box.Height > 0, $"empty box {box}");
        Assert.True(box.X >= 0 && box.Y >= 0 && box.X + box.Width <= image.Width && box.Y + box.Height <= image.Height, $"{box} is off the {image.Width}x{image.Height} screenshot");
        Assert.True(box.Y > 900, $"{box} should sit below the full-viewport banner");
        Assert.True(render.Boxes["#phone"].Width > 0);
        Assert.True(render.Boxes["#signup"].Height > box.Height);

        // The screenshot was laid out like the boxes: the magenta label is at its recorded place.
        var label = render.Boxes["#consent-text"];
        var pixel = image.Pixel((int)(label.X + (label.Width / 2)), (int)(label.Y + (label.Height / 2)));
        Assert.Equal(0xFF00FFFFu, pixel);

        // The real rules flag the pre-checked box by that selector, and the report outlines it on the screenshot.
        var submission = new Submission
        {
            Source = "acme.json",
            Brand = new Brand { DisplayName = "Acme Bakery", CompanyName = "Acme Bakery LLC", Website = _url },
            Campaign = new Campaign { Usecase = UseCases.Marketing, MessageFlow = "Customers opt in on " + _url },
        };
        var sites = new SiteEvidenceSet { Sites = [site] };
        var report = new Evaluator().Evaluate(submission, sites);
        var prechecked = Assert.Single(report.Results, r => r.Rule.Code == "30925");
        Assert.Equal(Outcome.Failed, prechecked.Outcome);
        Assert.Contains(prechecked.Findings, f => f.Evidence.Selector == "#sms-consent");

        var html = HtmlReport.ToHtml([new CheckedSubmission(SubmissionDocument.Of(submission), report) { Sites = sites }]);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        var doc = new HtmlParser().ParseDocument(html);
        var figure = doc.QuerySelectorAll(".shot-finding").Single(f => f.QuerySelector(".where code")!.TextContent.EndsWith(" #sms-consent", StringComparison.Ordinal));
        Assert.StartsWith("data:image/png;base64,", figure.QuerySelector("img")!.GetAttribute("src"));
        Assert.NotNull(figure.QuerySelector(".outline"));
        Assert.Contains("30925", figure.TextContent);
    }
}

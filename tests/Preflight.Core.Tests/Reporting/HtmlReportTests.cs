using System.Text.RegularExpressions;
using Preflight.Core.Reporting;

namespace Preflight.Core.Tests.Reporting;

public sealed partial class HtmlReportTests
{
    private const string Hostile = "<script>alert('x')</script> \"quoted\" & <img src=x onerror=alert(1)>";

    [Fact]
    public void Is_one_self_contained_page()
    {
        var html = HtmlReport.ToHtml([ReportFixtures.Golden()]);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_comes_first_with_verdict_counts_and_the_resubmission_warning()
    {
        var html = HtmlReport.ToHtml([ReportFixtures.Golden()]);
        var summary = html.IndexOf("class=\"summary reject\"", StringComparison.Ordinal);
        Assert.True(summary > 0 && summary < html.IndexOf("class=\"fields\"", StringComparison.Ordinal));
        Assert.Contains("Will be rejected", html, StringComparison.Ordinal);
        Assert.Contains("<b>1</b> rejection reason", html, StringComparison.Ordinal);
        Assert.Contains("<b>2</b> warnings", html, StringComparison.Ordinal);
        Assert.Contains("Do not resubmit until every rejection reason below is fixed", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Highlights_the_located_words_and_flags_whole_fields()
    {
        var html = HtmlReport.ToHtml([ReportFixtures.Golden()]);
        Assert.Contains("Bright Smile Dental: You&#39;re <mark title=\"5104\">subscribed</mark> to appointment", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"value whole\">Bright Smile Dental: For help call", html, StringComparison.Ordinal);
        Assert.Contains("<b>Fix:</b> Fix for 5104.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Encodes_every_piece_of_submission_text()
    {
        var item = ReportFixtures.Judge(Golden.With(c => c with
        {
            OptinMessage = Hostile + " subscribed " + Hostile,
            HelpMessage = Hostile,
            Description = Hostile,
        }) with { Source = "<b>evil</b>.json" });
        var html = HtmlReport.ToHtml([item]);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>evil", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;quoted&quot; &amp;", html, StringComparison.Ordinal);
        Assert.Contains("<mark title=\"5104\">subscribed</mark>", html, StringComparison.Ordinal);
        Assert.Contains("https://example.com/join?a=1&amp;b=&lt;2&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_portfolio_page_has_an_index_and_a_section_per_submission()
    {
        var items = new[] { ReportFixtures.Golden(), ReportFixtures.Golden() with { } };
        var html = HtmlReport.ToHtml(items);
        Assert.Contains("<a href=\"#s0\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"s1\"", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("(?:src|href)=\"(?!#)", RegexOptions.None, matchTimeoutMilliseconds: 250)]
    private static partial Regex ExternalReference();
}

using Preflight.Core.Html;

namespace Preflight.Core.Tests.Html;

public sealed class HtmlPageTests
{
    [Fact]
    public void Visible_text_leaves_out_scripts_styles_and_hidden_parts()
    {
        var p = HtmlPage.Parse("<html><head><title> A  page </title><style>p{}</style></head><body><p>Shown</p><script>var hidden=1</script><div hidden>no</div><div style='display: none'>no</div><noscript>no</noscript><p>Also&nbsp;shown</p></body></html>");
        Assert.Equal("A page", p.Title);
        Assert.Equal("Shown\nAlso shown", p.VisibleText);
    }

    [Theory]
    [InlineData("<form><input id='a'></form>", "#a")]
    [InlineData("<form id='f'><input><input></form>", "#f > input:nth-of-type(2)")]
    [InlineData("<div><p>x</p><p><input></p></div>", "body > div > p:nth-of-type(2) > input")]
    [InlineData("<form><input id='1st'></form>", "#\\31 st")]
    [InlineData("<form><input id='a:b'></form>", "#a\\:b")]
    [InlineData("<input id='dup'><input id='dup'>", "body > input:nth-of-type(2)")]
    public void Selectors_find_the_element_again(string html, string expected)
    {
        var p = HtmlPage.Parse(html);
        var inputs = p.Document.QuerySelectorAll("input");
        var target = inputs[inputs.Length - 1];
        var selector = p.Selector(target);
        Assert.Equal(expected, selector);
        Assert.Same(target, p.Find(selector));
    }

    [Fact]
    public void Finds_the_element_holding_a_quoted_sentence()
    {
        var p = Pages.Parse("privacy-shares.html", "/privacy");
        Assert.Equal("#main > article > p:nth-of-type(5)", p.SelectorOfText("We may share your information with our partners"));
        Assert.Null(p.SelectorOfText("nowhere on the page"));
    }

    [Fact]
    public void Invalid_selectors_find_nothing() => Assert.Null(HtmlPage.Parse("<p>x</p>").Find("p[[["));
}

using System.Text.RegularExpressions;
using Preflight.Core.Text;

namespace Preflight.Core.Tests.Text;

public sealed partial class UrlsTests
{
    public static TheoryData<string, string, string, bool> Found => new()
    {
        { "Book at https://www.acme.com/book today.", "https://www.acme.com/book", "www.acme.com", true },
        { "Details: http://acme.com/x?id=3.", "http://acme.com/x?id=3", "acme.com", true },
        { "Visit www.acme.com for hours", "www.acme.com", "www.acme.com", false },
        { "Visit acme.com/hours", "acme.com/hours", "acme.com", false },
        { "Track it at bit.ly/3xYz12", "bit.ly/3xYz12", "bit.ly", false },
        { "See HTTPS://ACME.COM/PROMO", "HTTPS://ACME.COM/PROMO", "acme.com", true },
        { "(details at https://acme.com/d)", "https://acme.com/d", "acme.com", true },
        { "Shop brightsmiledental.co.uk now", "brightsmiledental.co.uk", "brightsmiledental.co.uk", false },
        { "Privacy: luxehairstudio.com/privacy Terms: luxehairstudio.com/terms", "luxehairstudio.com/privacy", "luxehairstudio.com", false },
        { "Go to ACME.COM", "ACME.COM", "acme.com", false },
        { "Link: rb.gy/abc12", "rb.gy/abc12", "rb.gy", false },
        // With a scheme, a host needs no dot: a link is a link even when it points inside a network.
        { "Open https://intranet/sms-signup to join", "https://intranet/sms-signup", "intranet", true },
        { "Sign up: http://localhost:8080/join", "http://localhost:8080/join", "localhost", true },
        // Any real top-level domain, when the address has a path or starts with "www.".
        { "Book online at cedarcreek.vet/book. Reply STOP to opt out.", "cedarcreek.vet/book", "cedarcreek.vet", false },
        { "Book online at www.cedarcreek.vet Reply STOP to opt out.", "www.cedarcreek.vet", "www.cedarcreek.vet", false },
        { "Our privacy policy is at bluegrassrec.coop/privacy and our terms at bluegrassrec.coop/terms.", "bluegrassrec.coop/privacy", "bluegrassrec.coop", false },
        { "See tonight's specials at harborgrill.kitchen/menu", "harborgrill.kitchen/menu", "harborgrill.kitchen", false },
        { "New arrivals: WWW.JUNIPERLANE.BOUTIQUE", "WWW.JUNIPERLANE.BOUTIQUE", "www.juniperlane.boutique", false },
        { "Closures are posted at lakeview.k12.mn.us/alerts", "lakeview.k12.mn.us/alerts", "lakeview.k12.mn.us", false },
        // A common top-level domain needs neither.
        { "Outage maps are on bluegrassrec.coop today", "bluegrassrec.coop", "bluegrassrec.coop", false },
        { "Visit acme.com.Thanks for stopping by!", "acme.com", "acme.com", false },
    };

    public static TheoryData<string> NotUrls => new()
    {
        "Email us at support@acme.com for help.",
        "Write to first.last@acme.com.",
        "Write to support.team@acme.com.",
        "Bring snacks, e.g. fruit or nuts.",
        "Msg&data rates may apply.",
        "Your balance is 3.50 today.",
        "Version 2.5.1 is out.",
        "We are moving to St.Louis next year.",
        "Thanks for coming today.It was great to see you.",
        "Reply STOP to opt out.No more texts after that.",
        "See you at 10.am sharp",
        "Mr.Smith will call you.",
        // Abbreviations, file names, versions and sentences missing their space, as people write them.
        "We have offices in St. Louis and St.Louis Park.",
        "Open Mon.-Fri. 9 a.m.-5 p.m. and Sat. by appointment.",
        "Your visit is at 10 a.m.on Tuesday.",
        "Proudly made in the U.S.A. since 1990.",
        "Ask for item No.5 at the counter.",
        "Update the app to v2.0 today.",
        "Sign the form.pdf we emailed and bring your photo.jpg.",
        "Unzip the archive.zip first, then watch intro.mov before class.",
        "Thanks for visiting today.click the link we emailed to rate us.",
        "We are open 7 days a week.call us anytime.",
        "Payment received.now you're all set.",
        "See you soon.Reply STOP to opt out.",
        "Thanks for your order today.Reply STOP to cancel.",
        "Dr.Patel will see you at 3.",
        "Expect about approx.30 min of wait.",
        "ok.so we will see you then",
        "Ph.D. candidates, i.e. grad students, may apply.",
    };

    [Theory]
    [MemberData(nameof(Found))]
    public void Finds_web_addresses_with_and_without_scheme(string text, string value, string host, bool hasScheme)
    {
        var all = Urls.Find(text);
        Assert.NotEmpty(all);
        Assert.Equal(value, all[0].Value);
        Assert.Equal(host, all[0].Host);
        Assert.Equal(hasScheme, all[0].HasScheme);
        Assert.Equal(value, text.Substring(all[0].Start, all[0].Length));
    }

    [Theory]
    [MemberData(nameof(NotUrls))]
    public void Ignores_emails_abbreviations_numbers_and_missing_spaces(string text) => Assert.Empty(Urls.Find(text));

    /// <summary>
    /// Addresses are searched for only where one can start (before "://", and at the start of a host before a dot,
    /// not after "@", ".", "/" or "_"). Over every string literal of the tests and samples, in four variants, that
    /// finds what the pattern finds searched the ordinary way.
    /// </summary>
    [Fact]
    public void Searching_only_where_an_address_can_start_finds_what_the_pattern_finds()
    {
        Corpus.CompareAll(text =>
        {
            var expected = Urls.FindEverywhere(text);
            var actual = Urls.Find(text);
            Assert.True(expected.SequenceEqual(actual),
                $"on \"{text}\": expected [{string.Join(", ", expected.Select(u => u.Value))}], got [{string.Join(", ", actual.Select(u => u.Value))}]");
            return expected.Count > 0;
        }, minFound: 1_000);
    }

    /// <summary>
    /// The parts of every address found over the corpus are the text's own: the value is the text at the match, the
    /// scheme and the host are that text in lower case, and the path is what follows the host.
    /// </summary>
    [Fact]
    public void The_parts_of_an_address_are_read_from_its_text()
    {
        Corpus.CompareAll(text =>
        {
            var found = Urls.Find(text);
            foreach (var u in found)
            {
                Assert.Equal(text.Substring(u.Start, u.Length), u.Value);
                var hostStart = u.Scheme is null ? 0 : u.Scheme.Length + 3;
                if (u.Scheme is not null) Assert.Equal(u.Value[..u.Scheme.Length].ToLowerInvariant(), u.Scheme);
                Assert.Equal(u.Value.Substring(hostStart, u.Host.Length).ToLowerInvariant(), u.Host);
                Assert.Equal(u.Value[(hostStart + u.Host.Length)..], u.PathAndQuery);
            }
            return found.Count > 0;
        }, minFound: 1_000);
    }

    /// <summary>More candidates than the buffer on the stack holds: the rest go in a rented buffer, in order.</summary>
    [Fact]
    public void Finds_every_address_of_a_text_with_many_candidates()
    {
        var text = string.Join(" and ", Enumerable.Range(0, 60).Select(i => $"e.g. site{i}.com/x https://h{i}.org"));
        var expected = Urls.FindEverywhere(text);
        Assert.Equal(120, expected.Count);
        Assert.Equal(expected, Urls.Find(text));
    }

    [Fact]
    public void Parses_a_url_field_and_names_the_site()
    {
        var u = Urls.Parse(" https://shop.acme.co.uk/privacy ");
        Assert.NotNull(u);
        Assert.True(u.IsHttps);
        Assert.Equal("/privacy", u.PathAndQuery);
        Assert.Equal("acme", Urls.SiteName(u.Host));
        Assert.Equal("https://acme.com/x", Urls.Parse("acme.com/x")!.Absolute);
        Assert.Null(Urls.Parse("not a url"));
    }

    [Fact]
    public void The_shortener_list_holds_at_least_sixty_real_domains_with_a_source_comment()
    {
        var lines = File.ReadAllLines(TestPaths.Data("url-shorteners.txt"));
        Assert.StartsWith("#", lines[0]);
        var domains = lines.Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();
        Assert.True(domains.Length >= 60, $"only {domains.Length} shorteners");
        Assert.Equal(domains.Length, domains.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var d in domains) Assert.Matches(DomainPattern(), d);
    }

    [Theory]
    [InlineData("nyti.ms")]
    [InlineData("amzn.to")]
    [InlineData("youtu.be")]
    [InlineData("fb.me")]
    [InlineData("lnkd.in")]
    [InlineData("db.tt")]
    [InlineData("wp.me")]
    [InlineData("apple.co")]
    [InlineData("spoti.fi")]
    [InlineData("git.io")]
    [InlineData("g.co")]
    [InlineData("cnn.it")]
    [InlineData("bbc.in")]
    [InlineData("t.co")]
    public void Branded_short_domains_are_not_public_shorteners(string host) =>
        Assert.False(ReferenceData.Default.IsShortener(host), host + " is a company's own short domain");

    [Theory]
    [InlineData("bit.ly")]
    [InlineData("www.tinyurl.com")]
    [InlineData("TinyURL.com")]
    [InlineData("rb.gy")]
    [InlineData("cutt.ly")]
    [InlineData("is.gd")]
    [InlineData("qrs.ly")]
    [InlineData("smarturl.it")]
    [InlineData("l.ead.me")]
    [InlineData("l.linklyhq.com")]
    [InlineData("dlvr.it")]
    public void Public_shorteners_are_recognised(string host) => Assert.True(ReferenceData.Default.IsShortener(host));

    [Fact]
    public void Every_listed_shortener_is_found_as_a_link_in_text()
    {
        foreach (var d in ReferenceData.Default.Shorteners)
        {
            var found = Urls.Find($"Details: {d}/a1B2c3 today");
            Assert.True(found.Count == 1 && found[0].Host == d, d + " is not recognised as a web address");
        }
    }

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9\-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9\-]*[a-z0-9])?)*\.[a-z]{2,}$")]
    private static partial Regex DomainPattern();
}

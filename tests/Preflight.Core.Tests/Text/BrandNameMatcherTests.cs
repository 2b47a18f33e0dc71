using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Tests.Text;

public sealed class BrandNameMatcherTests
{
    // brand display name, legal name, text, expected excerpt
    public static TheoryData<string?, string?, string, string> Found => new()
    {
        { "Bright Smile Dental", "Bright Smile Dental Group LLC", "BRIGHT SMILE DENTAL: reminder for Tue.", "BRIGHT SMILE DENTAL" },
        { "Bright Smile Dental", "Bright Smile Dental Group LLC", "Thanks for choosing Bright Smile Dental's team!", "Bright Smile Dental's" },
        { "Bright Smile Dental", "Bright Smile Dental Group LLC", "bright-smile dental alerts", "bright-smile dental" },
        { "Bright Smile Dental", "Bright Smile Dental Group LLC", "Bright Smile Dental Group, L.L.C.: you're in.", "Bright Smile Dental Group" },
        { null, "Acme Plumbing, Inc.", "Acme Plumbing: tech on the way", "Acme Plumbing" },
        { null, "Acme Plumbing Co.", "From Acme Plumbing Co. - tech on the way", "Acme Plumbing" },
        { null, "Acme Plumbing Corp", "Acme Plumbing here!", "Acme Plumbing" },
        { null, "Acme Plumbing Ltd", "acme plumbing: hi", "acme plumbing" },
        { null, "Acme Plumbing L.L.C.", "Acme Plumbing: hi", "Acme Plumbing" },
        { "Joe's Pizza & Grill", null, "Joes Pizza and Grill: 2 for 1 tonight", "Joes Pizza and Grill" },
        { "Joe's Pizza & Grill", null, "Joe’s Pizza & Grill: 2 for 1 tonight", "Joe’s Pizza & Grill" },
        { "Joe's Pizza & Grill", null, "JOE'S PIZZA&GRILL: 2 for 1 tonight", "JOE'S PIZZA&GRILL" },
        { "Harpers Boutique", null, "Harper's Boutique: new arrivals", "Harper's Boutique" },
        { "Smith and Sons Plumbing", null, "Smith & Sons Plumbing: on our way", "Smith & Sons Plumbing" },
        { "Café Zoë", "Cafe Zoe Inc", "CAFE ZOE: order ready", "CAFE ZOE" },
        { "Crème Brûlée Bakery", null, "Creme Brulee Bakery: order ready", "Creme Brulee Bakery" },
        { "Phở Việt", null, "Pho Viet: your table is ready", "Pho Viet" },
        { "Straße Autohaus", null, "Strasse Autohaus: your car is ready", "Strasse Autohaus" },
        { "The Olive Branch", "Olive Branch Restaurant Group LLC", "Olive Branch: table for 4 confirmed", "Olive Branch" },
        { "The Olive Branch", null, "See you at The Olive Branch tonight", "Olive Branch" },
        { "ClearPath Labs", null, "Clear Path Labs: results ready", "Clear Path Labs" },
        { "Clear Path Labs", null, "ClearPath Labs: results ready", "ClearPath Labs" },
        { "CloudVault", "CloudVault Software Inc.", "Cloud Vault: new sign-in", "Cloud Vault" },
        { "Bright Smile Dental", null, "Book at brightsmiledental.com/book today", "brightsmiledental" },
        { "Bright Smile Dental", null, "Follow @brightsmiledental for tips", "brightsmiledental" },
        { null, "Acme Holdings LLC dba Sunny Side Cafe", "Sunny Side Cafe: order ready", "Sunny Side Cafe" },
        { null, "Acme Holdings LLC d/b/a Sunny Side Cafe", "Sunny Side Cafe: order ready", "Sunny Side Cafe" },
        { "O'Brien Law", null, "OBrien Law: your hearing is Monday", "OBrien Law" },
        { "AT&T Store 1234", null, "AT&T Store 1234: your phone is ready", "AT&T Store 1234" },
    };

    public static TheoryData<string?, string?, string> NotFound => new()
    {
        { "Bright Smile Dental", "Bright Smile Dental Group LLC", "Bright Dental: reminder for Tue." },
        { "Bright Smile Dental", "Bright Smile Dental Group LLC", "Smile! Your visit is confirmed." },
        { "Bright Smile Dental", "Bright Smile Dental Group LLC", "Bright Smile Orthodontics: reminder" },
        { "Acme", "Acme Inc", "Acmetech Solutions: your order shipped" },
        { "Acme", "Acme Inc", "Placeacme here" },
        { "Ace Auto", null, "Placeautomation weekly update" },
        { "Ace Auto", null, "AceAutomotive: your car is ready" },
        { "Joe's Pizza", null, "Joel's Pizza: 2 for 1" },
        { "The Olive Branch", null, "The Olive Garden: table ready" },
        { "Lakeshore University", null, "Lakeshore College: registration closes Friday" },
    };

    [Theory]
    [MemberData(nameof(Found))]
    public void Finds_the_brand_name(string? display, string? legal, string text, string excerpt)
    {
        var m = new BrandNameMatcher(display, legal).Find(text);
        Assert.NotNull(m);
        Assert.Equal(excerpt, m.Value);
        Assert.Equal(excerpt, text.Substring(m.Start, m.Length));
    }

    [Theory]
    [MemberData(nameof(NotFound))]
    public void Does_not_match_a_partial_name_or_a_name_inside_another_word(string? display, string? legal, string text) =>
        Assert.Null(new BrandNameMatcher(display, legal).Find(text));

    [Fact]
    public void Matches_a_sole_proprietor_by_first_and_last_name()
    {
        var brand = new Brand { EntityType = EntityTypes.SoleProprietor, FirstName = "Dana", LastName = "Whitfield", DisplayName = "DW Fitness" };
        var matcher = new BrandNameMatcher(brand);
        Assert.Equal("Dana Whitfield", matcher.Find("Hi, it's Dana Whitfield: session moved to 6 PM")?.Value);
        Assert.Null(matcher.Find("Hi, it's Dana: session moved to 6 PM"));
    }

    [Fact]
    public void Finds_the_earliest_mention_of_any_name()
    {
        var matcher = new BrandNameMatcher("Olive Branch", "Olive Branch Restaurant Group LLC");
        var m = matcher.Find("Thanks from Olive Branch Restaurant Group and Olive Branch");
        Assert.NotNull(m);
        Assert.Equal(12, m.Start);
    }

    [Fact]
    public void Drops_legal_suffixes_and_a_leading_the_from_the_names()
    {
        var matcher = new BrandNameMatcher("The Olive Branch", "Olive Branch Restaurant Group, L.L.C.");
        Assert.Contains("olive branch", matcher.Names);
        Assert.Contains("olive branch restaurant group", matcher.Names);
        Assert.True(matcher.HasNames);
        Assert.False(new BrandNameMatcher(null, " ").HasNames);
    }

    // brand display name, legal name, text, the mention in words (null when there is none)
    public static TheoryData<string?, string?, string, string?> InWords => new()
    {
        { "Bright Smile Dental", "Bright Smile Dental Group LLC", "Manage visits at brightsmiledental.com.", null },
        { "Bright Smile Dental", "Bright Smile Dental Group LLC", "Questions? office@brightsmiledental.com", null },
        { "Bright Smile Dental", "Bright Smile Dental Group LLC", "See https://www.brightsmiledental.com/visit", null },
        { "Bright Smile Dental", "Bright Smile Dental Group LLC", "Directions: brightsmiledental.com/visit. See you at Bright Smile Dental!", "Bright Smile Dental" },
        { "Bright Smile Dental", "Bright Smile Dental Group LLC", "Bright Smile Dental: details at brightsmiledental.com/visit", "Bright Smile Dental" },
        { "StayFinder.com", "StayFinder Inc", "StayFinder.com: your booking is confirmed", "StayFinder.com" },
        { "StayFinder.com", "StayFinder Inc", "Thanks for booking with stayfinder.com!", "stayfinder.com" },
        { "StayFinder.com", "StayFinder Inc", "STAYFINDER.COM: check-in at 3 PM", "STAYFINDER.COM" },
        { "StayFinder.com", "StayFinder Inc", "StayFinder: your booking is confirmed", "StayFinder" },
        { "StayFinder.com", "StayFinder Inc", "For help visit stayfinder.com/help", null },
        { "StayFinder.com", "StayFinder Inc", "For help visit www.stayfinder.com", null },
        { "StayFinder.com", "StayFinder Inc", "For help email help@stayfinder.com", null },
        { "Cedar Creek Animal Hospital", null, "Book at cedarcreek.vet/book", null },
    };

    [Theory]
    [MemberData(nameof(InWords))]
    public void Finds_the_brand_in_words_not_inside_an_address_unless_the_name_is_the_domain(string? display, string? legal, string text, string? expected)
    {
        var matcher = new BrandNameMatcher(display, legal);
        var m = matcher.FindInWords(text, Urls.Find(text), Disclosures.FindEmails(text));
        Assert.Equal(expected, m?.Value);
        if (m is not null) Assert.Equal(expected, text.Substring(m.Start, m.Length));
    }

    [Fact]
    public void A_name_address_is_the_bare_host_of_a_name_written_as_a_domain()
    {
        var matcher = new BrandNameMatcher("StayFinder.com", "StayFinder Inc");
        Assert.True(matcher.IsNameAddress(Urls.Find("StayFinder.com: hi")[0]));
        Assert.False(matcher.IsNameAddress(Urls.Find("www.stayfinder.com")[0]));
        Assert.False(matcher.IsNameAddress(Urls.Find("stayfinder.com/help")[0]));
        Assert.False(matcher.IsNameAddress(Urls.Find("https://stayfinder.com")[0]));
        Assert.False(matcher.IsNameAddress(Urls.Find("stayfinders.com")[0]));
        Assert.False(new BrandNameMatcher("Bright Smile Dental").IsNameAddress(Urls.Find("brightsmiledental.com")[0]));
    }
}

/// <summary>
/// <see cref="BrandNameMatcher.Find"/> skips ASCII texts lacking a letter each name needs and reads a text's words only
/// as far as the first mention; these hold it to reading every word and looking for each name from the start, for
/// brands of every kind, over the test corpus and over each brand's names written in many ways.
/// </summary>
public sealed class BrandNameMatcherShortcutTests
{
    private static readonly BrandNameMatcher[] Brands =
    [
        new("Bright Smile Dental", "Bright Smile Dental Group LLC"),
        new("Joe's Pizza & Grill", "Joes Pizza and Grill, L.L.C."),
        new("Café Zoë", "Cafe Zoe Inc"),
        new("Crème Brûlée Bakery", "Straße Autohaus GmbH"),
        new("Harpers Boutique", "Smith and Sons Plumbing"),
        new("AT&T Store 1234", "U.S.A. Auto Parts P.C."),
        new("ClearPath Labs", "CloudVault Software Inc."),
        new("StayFinder.com", "StayFinder Inc"),
        new("The Olive Branch", "Olive Branch Restaurant Group, L.L.C."),
        new("O'Brien Law", "Acme Holdings LLC dba Sunny Side Cafe"),
        new(new Brand { EntityType = EntityTypes.SoleProprietor, FirstName = "Dana", LastName = "Whitfield", DisplayName = "DW Fitness" }),
        new("Bright Dental 42", "Bright Dental 42 LLC"),
        new("Acme", "B&B Inn"),
        new("Oak & Ivy", "7-Eleven"),
        new("Łódź Deli", "Ωmega Fitness"),
        new("Lakeview Credit Union", "Maple Salon"),
        new("Zed", "Qi"),
    ];

    private static bool Compare(string text)
    {
        var found = false;
        foreach (var brand in Brands)
        {
            var expected = brand.FindReadingEverything(text);
            var actual = brand.Find(text);
            Assert.True(expected == actual, $"{string.Join(" / ", brand.Names)} on \"{text}\": expected {expected?.Value ?? "nothing"} at {expected?.Start}, got {actual?.Value ?? "nothing"} at {actual?.Start}");
            found |= expected is not null;
        }
        return found;
    }

    [Fact]
    public void Finds_over_the_corpus_what_reading_every_word_finds() => Corpus.CompareAll(Compare, minFound: 2000);

    [Fact]
    public void Finds_every_spelling_of_the_names_as_reading_every_word_does()
    {
        string[] names =
        [
            "Bright Smile Dental", "Joe's Pizza & Grill", "Café Zoë", "Crème Brûlée Bakery", "Straße Autohaus", "Harpers Boutique",
            "Smith and Sons Plumbing", "AT&T Store 1234", "U.S.A. Auto Parts", "ClearPath Labs", "CloudVault", "StayFinder.com",
            "The Olive Branch", "Olive Branch Restaurant Group", "O'Brien Law", "Sunny Side Cafe", "Dana Whitfield", "Bright Dental 42",
            "Acme", "B&B Inn", "Oak & Ivy", "7-Eleven", "Łódź Deli", "Ωmega Fitness", "Lakeview Credit Union", "Maple Salon", "Zed", "Qi",
        ];
        var found = 0;
        var compared = 0;
        foreach (var name in names)
        {
            var squeezed = name.Replace(" ", "", StringComparison.Ordinal);
            string[] spellings =
            [
                name, name.ToUpperInvariant(), name.ToLowerInvariant(), squeezed, name.Replace(' ', '-'), name.Replace(' ', '.'),
                name.Replace("&", "and", StringComparison.Ordinal), name.Replace(" and ", " & ", StringComparison.Ordinal),
                name + "'s", name + "s", name + "’s", name.Replace("'", "", StringComparison.Ordinal), name[..^1], name[1..],
                string.Join(' ', name.ToCharArray()), string.Join('.', name.Replace(" ", "", StringComparison.Ordinal).ToCharArray()),
                Fold.Key(name), "@" + squeezed.ToLowerInvariant(), "#" + squeezed, squeezed.ToLowerInvariant() + ".com/x",
                "www." + squeezed + ".com", "the " + name, name.Insert(name.Length / 2, " "),
            ];
            foreach (var spelling in spellings)
                foreach (var text in new[] { spelling, $"{spelling}: your visit is confirmed.", $"Thanks from {spelling}!", $"Hi from x{spelling}y today", $"{spelling}, {spelling}" })
                {
                    compared++;
                    if (Compare(text)) found++;
                }
        }
        Assert.True(found > compared / 2, $"only {found} of {compared} texts named a brand");
    }

    /// <summary>The words are read as they were before reading could stop part way (a copy of that reader).</summary>
    [Fact]
    public void Reads_the_words_as_the_whole_text_reader_did() =>
        Corpus.CompareAll(text =>
        {
            var expected = WholeTextReader.Read(text);
            var (tokens, spans) = BrandNameMatcher.Tokenize(text);
            var joined = BrandNameMatcher.Tokenize(text).Joined;
            var actual = tokens.Select((t, i) => (t, spans[i].Start, spans[i].End, joined[i])).ToList();
            Assert.Equal(expected, actual);
            return expected.Count > 0;
        }, minFound: 10_000);

    /// <summary>The word reader as it was when it read the whole text at once, kept to check the one that stops.</summary>
    private static class WholeTextReader
    {
        public static List<(string Token, int Start, int End, bool Joined)> Read(string text)
        {
            var list = new List<(string, int, int, bool)>();
            var chars = new char[text.Length * 3 + 3];
            var used = 0;
            var tokenAt = 0;
            var start = -1;
            var initialism = false;
            for (var i = 0; i <= text.Length; i++)
            {
                var c = i < text.Length ? text[i] : ' ';
                if (char.IsAsciiLetterOrDigit(c))
                {
                    if (start < 0) { start = i; initialism = char.IsAsciiLetter(c); }
                    else if (initialism && text[i - 1] != '.') initialism = false;
                    chars[used++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                    continue;
                }
                if (c is '\'' or '’' or '`' or 'ʼ' && used > tokenAt && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                {
                    if ((text[i + 1] is 's' or 'S') && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
                    {
                        Flush(i + 2);
                        i++;
                    }
                    continue;
                }
                if (c == '&')
                {
                    Flush(i);
                    "and".CopyTo(chars.AsSpan(used));
                    used += 3;
                    Add(i, i + 1, false);
                    continue;
                }
                if (char.IsLetterOrDigit(c))
                {
                    if (start < 0) { start = i; initialism = char.IsLetter(c); }
                    else if (initialism && i > 0 && text[i - 1] != '.') initialism = false;
                    if (Fold.Expansion(c) is { } e)
                    {
                        e.CopyTo(chars.AsSpan(used));
                        used += e.Length;
                    }
                    else chars[used++] = Fold.Letter(c);
                    continue;
                }
                if (c == '.' && initialism && i > 0 && char.IsLetter(text[i - 1])
                    && i + 1 < text.Length && char.IsLetter(text[i + 1])
                    && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
                {
                    continue;
                }
                Flush(i);
            }
            return list;

            void Flush(int end)
            {
                if (used == tokenAt) { start = -1; return; }
                var before = start > 0 ? text[start - 1] : ' ';
                var after = end < text.Length - 1 && text[end] == '.' && char.IsLetter(text[end + 1]);
                Add(start, end, after || before is '@' or '#' or '/' or '.');
                start = -1;
                initialism = false;
            }

            void Add(int spanStart, int spanEnd, bool joined)
            {
                list.Add((new string(chars, tokenAt, used - tokenAt), spanStart, spanEnd, joined));
                tokenAt = used;
            }
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using Preflight.Core.Engine;
using Preflight.Core.Model;
using Xunit.Abstractions;

namespace Preflight.Core.Tests;

public sealed class PortfolioIndexTests(ITestOutputHelper output)
{
    private static Submission Copy(string source, Func<Campaign, Campaign>? campaign = null, Func<Brand, Brand>? brand = null) =>
        Golden.Submission with
        {
            Source = source,
            Campaign = (campaign ?? (c => c))(Golden.Campaign),
            Brand = (brand ?? (b => b))(Golden.Brand),
        };

    [Fact]
    public void Identical_campaigns_with_different_ids_are_duplicates_of_each_other()
    {
        var index = PortfolioIndex.Build([
            Copy("a.json", c => c with { CampaignId = "C1" }),
            Copy("b.json", c => c with { CampaignId = "C2" }),
        ]);
        var a = index.For(0);
        Assert.Equal(1, a.DuplicateCampaignTotal);
        var match = Assert.Single(a.DuplicateCampaigns);
        Assert.Equal("b.json", match.Source);
        Assert.Equal("C2", match.CampaignId);
        Assert.Equal(1.0, match.Similarity);
        Assert.Equal("a.json", Assert.Single(index.For(1).DuplicateCampaigns).Source);
    }

    [Fact]
    public void The_same_campaign_id_twice_is_not_a_duplicate_of_itself()
    {
        var index = PortfolioIndex.Build([
            Copy("a.json", c => c with { CampaignId = "C1" }),
            Copy("a-resubmitted.json", c => c with { CampaignId = "C1", Sample2 = Golden.Campaign.Sample2 + " Thanks!" }),
        ]);
        Assert.Empty(index.For(0).DuplicateCampaigns);
        Assert.Equal(0, index.For(1).DuplicateCampaignTotal);
    }

    [Fact]
    public void Copies_that_differ_in_dates_numbers_links_and_display_name_are_near_duplicates()
    {
        var index = PortfolioIndex.Build([
            Copy("a.json"),
            Copy("b.json",
                c => c with
                {
                    Sample1 = "Bright Smile: Hi John, this is a reminder of your cleaning on Wed 4/18 at 2:15 PM. Reply C to confirm or call 303-555-0199 to reschedule. Reply STOP to opt out.",
                    Sample2 = "BRIGHT SMILE: your appointment on 4/18 at 2:15 PM is confirmed.  See you soon!! Reply STOP to opt out.",
                    MessageFlow = Golden.Campaign.MessageFlow!.Replace("https://www.brightsmiledental.com/book", "https://brightsmiledental.com/appointments", StringComparison.Ordinal),
                },
                b => b with { DisplayName = "Bright Smile" }),
        ]);
        var match = Assert.Single(index.For(0).DuplicateCampaigns);
        Assert.Equal("b.json", match.Source);
        Assert.InRange(match.Similarity, PortfolioIndex.DuplicateThreshold, 1.0);
    }

    [Fact]
    public void A_template_used_by_another_company_is_not_a_duplicate()
    {
        var index = PortfolioIndex.Build([
            Copy("a.json"),
            Copy("b.json",
                c => c with
                {
                    Description = Golden.Campaign.Description!.Replace("Bright Smile Dental", "Mile High Smiles", StringComparison.Ordinal),
                    Sample1 = Golden.Campaign.Sample1!.Replace("Bright Smile Dental", "Mile High Smiles", StringComparison.Ordinal),
                    Sample2 = Golden.Campaign.Sample2!.Replace("Bright Smile Dental", "Mile High Smiles", StringComparison.Ordinal),
                },
                b => b with { DisplayName = "Mile High Smiles", CompanyName = "Mile High Smiles PC", Website = "https://milehighsmiles.com", Ein = "84-7654321" }),
        ]);
        Assert.Empty(index.For(0).DuplicateCampaigns);
        Assert.Empty(index.For(1).DuplicateCampaigns);
    }

    [Fact]
    public void A_different_campaign_of_the_same_brand_is_not_a_duplicate()
    {
        var index = PortfolioIndex.Build([
            Copy("reminders.json"),
            Copy("promos.json", c => c with
            {
                Usecase = UseCases.Marketing,
                Description = "Bright Smile Dental sends monthly offers on whitening and cleanings to patients who signed up for promotional texts at the front desk.",
                Sample1 = "Bright Smile Dental: This month only, 20% off teeth whitening. Book at brightsmiledental.com. Reply STOP to opt out.",
                Sample2 = "Bright Smile Dental: Refer a friend and you both get a free electric toothbrush. Reply STOP to opt out.",
            }),
        ]);
        Assert.Empty(index.For(0).DuplicateCampaigns);
        Assert.Equal(2, index.For(0).BrandCampaignCount);
        Assert.Equal("promos.json", Assert.Single(index.For(0).OtherBrandCampaigns).Source);
    }

    [Fact]
    public void One_ein_on_two_differently_named_brands_is_reported_on_both()
    {
        var index = PortfolioIndex.Build([
            Copy("a.json"),
            Copy("b.json", brand: b => b with { CompanyName = "Front Range Dental Supply Inc", DisplayName = "Front Range Dental Supply", Ein = "841234567" }),
        ]);
        Assert.Equal("b.json", Assert.Single(index.For(0).SameEinBrands).Source);
        Assert.Equal("Front Range Dental Supply", index.For(0).SameEinBrands[0].BrandName);
        Assert.Equal(1, index.For(1).SameEinBrandTotal);
    }

    [Theory]
    [InlineData("Joe's Pizza & Grill LLC", "JOES PIZZA AND GRILL, L.L.C.")]
    [InlineData("Café Zoë Inc.", "Cafe Zoe, Incorporated")]
    [InlineData("The Bright Smile Dental Group LLC", "Bright Smile Dental Group")]
    public void One_ein_under_spellings_of_the_same_legal_name_is_one_brand(string first, string second)
    {
        var index = PortfolioIndex.Build([
            Copy("a.json", brand: b => b with { CompanyName = first }),
            Copy("b.json", brand: b => b with { CompanyName = second }),
        ]);
        Assert.Empty(index.For(0).SameEinBrands);
        Assert.Empty(index.For(1).SameEinBrands);
    }

    [Fact]
    public void Campaigns_are_counted_per_brand_once_per_campaign_id()
    {
        var index = PortfolioIndex.Build([
            Copy("one.json", c => c with { CampaignId = "C1" }),
            Copy("one-again.json", c => c with { CampaignId = "C1" }),
            Copy("two.json", c => c with { CampaignId = "C2", Description = "Something else entirely for the same brand." }),
            Copy("other.json", c => c with { CampaignId = "C3" }, b => b with { CompanyName = "Other Co LLC", Ein = "12-3456789", Website = "https://other.example" }),
        ]);
        Assert.Equal(2, index.For(0).BrandCampaignCount);
        Assert.Equal(2, index.For(1).BrandCampaignCount);
        Assert.Equal(1, index.For(3).BrandCampaignCount);
        Assert.Equal("two.json", Assert.Single(index.For(0).OtherBrandCampaigns).Source);
    }

    [Fact]
    public void Sole_proprietor_campaigns_are_counted_by_the_person_and_mobile_number()
    {
        static Brand Sole(Brand b) => b with
        {
            EntityType = EntityTypes.SoleProprietor, CompanyName = null, Ein = null, DisplayName = "Zoë's Dog Walking",
            FirstName = "Zoë", LastName = "O'Neil", MobilePhone = "+13035550123",
        };
        var index = PortfolioIndex.Build([
            Copy("a.json", c => c with { Usecase = UseCases.SoleProprietor }, Sole),
            Copy("b.json", c => c with { Usecase = UseCases.SoleProprietor, Description = "Walk reminders for dog owners." }, Sole),
        ]);
        Assert.Equal(2, index.For(0).BrandCampaignCount);
    }

    [Fact]
    public void A_campaign_without_text_has_no_duplicates()
    {
        static Campaign Empty(Campaign c) => c with { Description = null, MessageFlow = null, Sample1 = null, Sample2 = null };
        var index = PortfolioIndex.Build([Copy("a.json", Empty), Copy("b.json", Empty)]);
        Assert.Empty(index.For(0).DuplicateCampaigns);
    }

    [Fact]
    public void A_thousand_copies_report_every_copy_in_the_total_and_list_a_few()
    {
        var list = Enumerable.Range(0, 1000).Select(i => Copy($"copy{i}.json", c => c with { CampaignId = $"C{i}" })).ToArray();
        var index = PortfolioIndex.Build(list);
        Assert.Equal(999, index.For(500).DuplicateCampaignTotal);
        Assert.Equal(PortfolioView.MaxListed, index.For(500).DuplicateCampaigns.Count);
    }

    [Fact]
    public void Finds_exactly_the_planted_near_duplicates_among_100k_campaigns()
    {
        var (portfolio, expected) = Synthetic100k();
        var sw = Stopwatch.StartNew();
        var index = PortfolioIndex.Build(portfolio);
        sw.Stop();
        output.WriteLine($"PortfolioIndex.Build({portfolio.Count:N0}) took {sw.Elapsed.TotalMilliseconds:F0} ms on {Environment.ProcessorCount} cores");

        var found = new SortedSet<(int, int)>();
        var bySource = portfolio.Select((s, i) => (s.Source, i)).ToDictionary(p => p.Source, p => p.i);
        for (var i = 0; i < index.Count; i++)
            foreach (var m in index.For(i).DuplicateCampaigns)
                found.Add((Math.Min(i, bySource[m.Source]), Math.Max(i, bySource[m.Source])));
        Assert.Equal(expected, found);
        Assert.Equal(0, Enumerable.Range(0, index.Count).Count(i => index.For(i).SameEinBrandTotal > 0));
    }

    /// <summary>
    /// 100,000 distinct campaigns of 2,000 brands (50 each, so most pairs share a brand key), then planted copies:
    /// near-duplicates that must be found, and look-alikes that must not.
    /// </summary>
    private static (List<Submission> Portfolio, SortedSet<(int, int)> Expected) Synthetic100k()
    {
        var random = new Random(20261101);
        var vocabulary = Enumerable.Range(0, 6000).Select(i => Word(i, random)).Distinct().ToArray();
        var list = new List<Submission>(100_020);
        for (var i = 0; i < 100_000; i++)
        {
            var brand = i / 50;
            var name = "Co" + Letters(brand);
            list.Add(new Submission
            {
                Source = $"s{i}",
                Brand = new Brand
                {
                    EntityType = EntityTypes.PrivateProfit,
                    DisplayName = name,
                    CompanyName = name + " LLC",
                    Ein = string.Create(CultureInfo.InvariantCulture, $"{10 + (brand % 80):D2}-{brand:D7}"),
                    Website = $"https://{name.ToLowerInvariant()}.example",
                },
                Campaign = new Campaign
                {
                    CampaignId = $"C{i}",
                    Usecase = UseCases.AccountNotification,
                    Description = Sentence(random, vocabulary, 45),
                    MessageFlow = Sentence(random, vocabulary, 30) + $" at https://{name.ToLowerInvariant()}.example/join",
                    Sample1 = $"{name}: " + Sentence(random, vocabulary, 18) + " Reply STOP to opt out.",
                    Sample2 = $"{name}: " + Sentence(random, vocabulary, 18) + $" Call (303) 555-{i % 10000:D4}.",
                },
            });
        }

        var expected = new SortedSet<(int, int)>();
        void Plant(int original, Func<Submission, Submission> change, bool duplicate)
        {
            list.Add(change(list[original]) with { Source = $"planted{list.Count}" });
            if (duplicate) expected.Add((original, list.Count - 1));
        }

        // Found: the same campaign again under a new ID, with numbers, links, case, spacing and the display name changed.
        Plant(10, s => s with
        {
            Brand = s.Brand with { DisplayName = s.Brand.CompanyName },
            Campaign = s.Campaign with
            {
                CampaignId = "NEW-10",
                MessageFlow = s.Campaign.MessageFlow!.Replace("/join", "/signup?ref=2", StringComparison.Ordinal).ToUpperInvariant(),
                Sample2 = s.Campaign.Sample2!.Replace("(303) 555-", "+1 720 555 ", StringComparison.Ordinal).Replace(" ", "  ", StringComparison.Ordinal),
            },
        }, duplicate: true);
        // Found: two words of the description changed.
        Plant(31_337, s => s with { Campaign = s.Campaign with { CampaignId = "NEW-31337", Description = ReplaceWord(ReplaceWord(s.Campaign.Description!, 5), 30) } }, duplicate: true);
        // Found: a sample reworded slightly, a third sample added (about 0.9 similar).
        Plant(77_777, s => s with { Campaign = s.Campaign with { CampaignId = "NEW-77777", Sample1 = s.Campaign.Sample1 + " Thanks!", Sample3 = "Reply HELP for help." } }, duplicate: true);
        // Found: three copies of one campaign; each is a duplicate of the other two.
        Plant(50_000, s => s with { Campaign = s.Campaign with { CampaignId = "NEW-50000-A" } }, duplicate: true);
        Plant(50_000, s => s with { Campaign = s.Campaign with { CampaignId = "NEW-50000-B" } }, duplicate: true);
        expected.Add((list.Count - 2, list.Count - 1));
        // Found: copies without campaign IDs (two files of a directory) are duplicates of the original and of each other.
        Plant(99_999, s => s with { Campaign = s.Campaign with { CampaignId = null } }, duplicate: true);
        Plant(99_999, s => s with { Campaign = s.Campaign with { CampaignId = null } }, duplicate: true);
        expected.Add((list.Count - 2, list.Count - 1));

        // Not found: the same campaign ID submitted again.
        Plant(20, s => s, duplicate: false);
        // Not found: the text reused by another company (another name, website and EIN).
        Plant(30, s => s with
        {
            Brand = s.Brand with { DisplayName = "Elsewhere", CompanyName = "Elsewhere Holdings Inc", Website = "https://elsewhere.example", Ein = "99-9999999" },
            Campaign = s.Campaign with { CampaignId = "OTHER-30" },
        }, duplicate: false);
        // Not found: same brand, a quarter of the description rewritten.
        Plant(40, s => s with { Campaign = s.Campaign with { CampaignId = "NEW-40", Description = Sentence(random, vocabulary, 12) + " " + s.Campaign.Description![(s.Campaign.Description!.Length / 4)..] } }, duplicate: false);
        return (list, expected);

        string ReplaceWord(string text, int at)
        {
            var words = text.Split(' ');
            words[at] = vocabulary[random.Next(vocabulary.Length)];
            return string.Join(' ', words);
        }
    }

    private static string Sentence(Random random, string[] vocabulary, int words)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(vocabulary[random.Next(vocabulary.Length)]);
        }
        return sb.Append('.').ToString();
    }

    private static string Word(int i, Random random)
    {
        const string consonants = "bcdfghjklmnprstvwz";
        const string vowels = "aeiou";
        var sb = new StringBuilder();
        var syllables = 2 + random.Next(3);
        for (var s = 0; s < syllables; s++)
            sb.Append(consonants[random.Next(consonants.Length)]).Append(vowels[random.Next(vowels.Length)]);
        return sb.Append(Letters(i)).ToString();
    }

    private static string Letters(int n)
    {
        var sb = new StringBuilder();
        do
        {
            sb.Insert(0, (char)('a' + (n % 26)));
            n /= 26;
        }
        while (n > 0);
        return sb.ToString();
    }
}

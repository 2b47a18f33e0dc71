using Preflight.Core.Text;

namespace Preflight.Core.Tests.Text;

public sealed class ContentClassifierTests
{
    private static readonly ContentClassifier Classifier = ReferenceData.Default.Classifier;

    public static TheoryData<ContentCategory, string, string> Found => new()
    {
        { ContentCategory.Marketing, "Shop now and save!", "Shop now" },
        { ContentCategory.Marketing, "Get 20% off all blowouts this week.", "20% off" },
        { ContentCategory.Marketing, "Take $10 off your next order.", "$10 off" },
        { ContentCategory.Marketing, "Flash sale today only", "Flash sale" },
        { ContentCategory.Marketing, "Don't miss our flash sale this weekend!", "flash sale" },
        { ContentCategory.Marketing, "Use promo code TUES for a free drink", "promo code" },
        { ContentCategory.Marketing, "Our semi-annual sale starts Friday", "semi-annual sale" },
        { ContentCategory.Marketing, "Subscribers receive promotional offers and coupons.", "promotional" },
        { ContentCategory.Marketing, "Black Friday doorbusters start at 6 AM", "Black Friday" },
        { ContentCategory.DirectLending, "Can you provide the year, make and model of your vehicle to see if you qualify for a loan?", "qualify for a loan" },
        { ContentCategory.DirectLending, "Your personal loan application was received.", "personal loan" },
        { ContentCategory.DirectLending, "You're pre-approved for up to $5,000!", "pre-approved" },
        { ContentCategory.DirectLending, "Refinance your mortgage at a lower rate.", "Refinance" },
        { ContentCategory.DirectLending, "Our lenders offer loans to every borrower.", "lenders" },
        { ContentCategory.AffiliateLeadGen, "We sell leads to insurance agents.", "sell leads" },
        { ContentCategory.AffiliateLeadGen, "Get offers from our partners on auto insurance.", "offers from our partners" },
        { ContentCategory.AffiliateLeadGen, "We run lead generation for solar installers.", "lead generation" },
        { ContentCategory.AffiliateLeadGen, "Earn commissions through our affiliate program.", "affiliate program" },
        { ContentCategory.AffiliateLeadGen, "We will match you with lenders from our network of lenders.", "match you with lenders" },
        { ContentCategory.HighRiskFinancial, "Fast payday loans, no credit check!", "payday loans" },
        { ContentCategory.HighRiskFinancial, "Struggling? Our debt relief program can help.", "debt relief" },
        { ContentCategory.HighRiskFinancial, "We fix your credit in 30 days: credit repair experts.", "fix your credit" },
        { ContentCategory.HighRiskFinancial, "Student loan forgiveness: see if you qualify.", "Student loan forgiveness" },
        { ContentCategory.HighRiskFinancial, "Guaranteed returns on crypto investments.", "Guaranteed returns" },
        { ContentCategory.Cannabis, "We also sell CBD oil and hemp gummies.", "CBD" },
        { ContentCategory.Cannabis, "Visit our dispensary for new strains.", "dispensary" },
        { ContentCategory.Cannabis, "Delta-8 gummies are back in stock.", "Delta-8" },
        { ContentCategory.Cannabis, "New pre rolls and edibles this week.", "pre rolls" },
        { ContentCategory.Cannabis, "Fresh weed and edibles delivered.", "weed" },
        { ContentCategory.Sexual, "Hot singles near you, explicit photos inside.", "Hot singles" },
        { ContentCategory.Sexual, "New nudes on my OnlyFans.", "nudes" },
        { ContentCategory.Hate, "Join the white power movement.", "white power" },
        { ContentCategory.Gambling, "Bet now on tonight's game: odds boost inside!", "Bet now" },
        { ContentCategory.Gambling, "Claim 50 free spins at our online casino.", "free spins" },
        { ContentCategory.Gambling, "Place your bets at our sportsbook.", "Place your bets" },
        { ContentCategory.Alcohol, "Craft beer and wine tasting Friday.", "Craft beer" },
        { ContentCategory.Alcohol, "$5 drafts and cocktails at happy hour", "$5 drafts" },
        { ContentCategory.Firearms, "New handguns and ammo in stock at our gun shop.", "handguns" },
        { ContentCategory.Firearms, "Book your lane at the shooting range.", "shooting range" },
        { ContentCategory.Tobacco, "New vape juice flavors at our smoke shop.", "vape juice" },
        { ContentCategory.Tobacco, "Premium cigars and hookah lounge.", "cigars" },
        { ContentCategory.CourtOrder, "Recipients were enrolled pursuant to a court order.", "pursuant to a court" },
        { ContentCategory.Donation, "Donate to our holiday meal drive today.", "Donate" },
        { ContentCategory.Donation, "Your tax-deductible gift feeds a family.", "tax-deductible" },
        { ContentCategory.Donation, "Text GIVE to support our shelter.", "Text GIVE" },
    };

    public static TheoryData<ContentCategory, string> NotFound => new()
    {
        { ContentCategory.Marketing, "Our shop hours are 9 to 5." },
        { ContentCategory.Marketing, "Your point of sale terminal is ready." },
        { ContentCategory.Marketing, "Sales tax is included in your invoice." },
        { ContentCategory.Marketing, "We do not send promotional messages." },
        { ContentCategory.Marketing, "Use code 482913 to sign in." },
        { ContentCategory.Marketing, "Your security clearance form is due." },
        { ContentCategory.Marketing, "Mobile information will not be shared with third parties/affiliates for marketing/promotional purposes." },
        { ContentCategory.Marketing, "Your sales rep will call you today." },
        { ContentCategory.Marketing, "Congratulations on your promotion to shift lead!" },
        { ContentCategory.Marketing, "Our school newsletter goes out Friday." },
        { ContentCategory.DirectLending, "Your library loan is due back Friday." },
        { ContentCategory.DirectLending, "Need a loaner car while we repair yours?" },
        { ContentCategory.DirectLending, "Your rent of $1,450 is due on the 1st." },
        { ContentCategory.DirectLending, "Meridian Card Services: did you attempt a $742.19 purchase?" },
        { ContentCategory.DirectLending, "We are not a lender and do not offer loans." },
        { ContentCategory.DirectLending, "Ask about the loan." },
        { ContentCategory.AffiliateLeadGen, "We will not share your information with third parties or affiliates for marketing." },
        { ContentCategory.AffiliateLeadGen, "This campaign will not be used for affiliate marketing or lead generation." },
        { ContentCategory.AffiliateLeadGen, "Lakeview Medical Center, affiliated with Northwestern, confirms your visit." },
        { ContentCategory.AffiliateLeadGen, "Our team leads the way in customer care." },
        { ContentCategory.HighRiskFinancial, "Your credit card payment posted today." },
        { ContentCategory.HighRiskFinancial, "Your tax return is ready for review." },
        { ContentCategory.Cannabis, "Spring weed control treatment is scheduled for Tuesday." },
        { ContentCategory.Cannabis, "Our lawn care includes weed and feed." },
        { ContentCategory.Cannabis, "Suite 420, 1200 Larimer St." },
        { ContentCategory.Cannabis, "Stretch daily to avoid muscle strain." },
        { ContentCategory.Cannabis, "Take your vitamin gummies with food." },
        { ContentCategory.Sexual, "Try our new nude nail polish shades." },
        { ContentCategory.Sexual, "Police escorts will guide the parade." },
        { ContentCategory.Sexual, "Our RV park has full hookups." },
        { ContentCategory.Hate, "Join us to stop hate in our community." },
        { ContentCategory.Gambling, "Casino night fundraiser for the PTA on Friday." },
        { ContentCategory.Gambling, "Open appointment slots this week: book now." },
        { ContentCategory.Gambling, "You bet! We'll see you at 3 PM." },
        { ContentCategory.Gambling, "Free counseling for problem gambling." },
        { ContentCategory.Alcohol, "Try our new root beer float!" },
        { ContentCategory.Alcohol, "Please avoid alcohol for 24 hours before your procedure." },
        { ContentCategory.Alcohol, "Show your school spirit at Friday's game!" },
        { ContentCategory.Alcohol, "For the sake of safety, please wear a mask." },
        { ContentCategory.Alcohol, "Our alcohol-free mocktails are back." },
        { ContentCategory.Alcohol, "Cocktail attire requested for the gala." },
        { ContentCategory.Firearms, "Glue gun workshop at the craft store Saturday." },
        { ContentCategory.Firearms, "Book a session with our massage gun." },
        { ContentCategory.Firearms, "Golf outing: shotgun start at 8 AM." },
        { ContentCategory.Firearms, "Add bullet points to your resume." },
        { ContentCategory.Tobacco, "Join our quit smoking program today." },
        { ContentCategory.Tobacco, "Test your smoke detector this weekend." },
        { ContentCategory.Tobacco, "Our nicotine patch program starts Monday." },
        { ContentCategory.Tobacco, "Our campus is tobacco-free." },
        { ContentCategory.Donation, "Thank you for being a blood donor!" },
        { ContentCategory.Donation, "Your 401k contribution posted." },
        { ContentCategory.Donation, "Your gift card balance is $25." },
    };

    [Theory]
    [MemberData(nameof(Found))]
    public void Finds_category_phrases(ContentCategory category, string text, string first)
    {
        var m = Classifier.FindFirst(category, text);
        Assert.NotNull(m);
        Assert.Equal(first, m.Value);
    }

    [Theory]
    [MemberData(nameof(NotFound))]
    public void Leaves_ordinary_business_text_alone(ContentCategory category, string text)
    {
        var found = Classifier.Find(category, text);
        Assert.True(found.Count == 0, $"{category} found {string.Join(", ", found.Select(f => f.Value))}");
    }

    [Fact]
    public void A_weak_word_alone_is_a_hit_but_not_a_confident_mention()
    {
        var hits = Classifier.FindHits(ContentCategory.DirectLending, "Ask about the loan.");
        Assert.Single(hits);
        Assert.False(hits[0].IsStrong);
        Assert.False(ContentClassifier.IsConfident(hits));
        Assert.Empty(Classifier.Find(ContentCategory.DirectLending, "Ask about the loan."));
        Assert.False(ContentClassifier.IsConfident(Classifier.FindHits(ContentCategory.DirectLending, "A loan. Another loan.")));
        Assert.True(ContentClassifier.IsConfident(Classifier.FindHits(ContentCategory.DirectLending, "A loan from a lender.")));
    }

    [Fact]
    public void Every_category_has_a_list_with_a_source_comment()
    {
        foreach (var c in Enum.GetValues<ContentCategory>())
        {
            var path = TestPaths.Data("content-" + ContentClassifier.FileName(c) + ".txt");
            Assert.True(File.Exists(path), path);
            var first = File.ReadLines(path).First();
            Assert.StartsWith("#", first);
            Assert.Contains(File.ReadLines(path).Take(4), l => l.Contains("2026", StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// The table of where phrases can start (leading letters, plain first words, digits and symbols) only ever skips
    /// places where no phrase matches: over every string literal of the tests and samples, in four variants, each
    /// category finds exactly what its pattern finds when searched the ordinary way.
    /// </summary>
    [Fact]
    public void The_start_table_finds_what_the_patterns_find()
    {
        var classifier = ReferenceData.Default.Classifier;
        Corpus.CompareAll(text =>
        {
            var any = false;
            foreach (var category in Enum.GetValues<ContentCategory>())
            {
                var expected = classifier.FindHitsUnfiltered(category, text);
                var actual = classifier.FindHits(category, text);
                Assert.True(expected.Count == actual.Count && expected.Zip(actual).All(p => p.First == p.Second),
                    $"{category} on \"{text}\": expected [{string.Join(", ", expected.Select(h => h.Value))}], got [{string.Join(", ", actual.Select(h => h.Value))}]");
                any |= expected.Count > 0;
            }
            return any;
        }, minFound: 1_000);
    }

    /// <summary>
    /// Everyday words that share a commerce phrase's first letters or first word ("Reply" and "repayment*", "Stop by"
    /// and "stop foreclosure", "for up to date hours" and "for up to ${n}") are not even candidates, so the category's
    /// pattern is never tried on them; the words of a real phrase are.
    /// </summary>
    [Theory]
    [InlineData("Reply STOP to opt out. Stop by for up to date hours.", false)]
    [InlineData("In store pickup is free. Confirm your visit; mats and socks in stock.", false)]
    [InlineData("Previously viewed items, prescriptions and 3 PM reminders.", false)]
    [InlineData("Repayment starts next month.", true)]
    [InlineData("We stop foreclosure fast.", true)]
    [InlineData("Get approved for up to $5,000.", true)]
    [InlineData("In-house financing available.", true)]
    public void Phrase_leads_rule_out_everyday_words(string text, bool candidate)
    {
        var keys = WordKeys.Of(text);
        Classifier.FindHits(ContentCategory.Marketing, text, keys);
        var commerce = (1 << (int)ContentCategory.DirectLending) | (1 << (int)ContentCategory.HighRiskFinancial) | (1 << (int)ContentCategory.AffiliateLeadGen);
        Assert.Equal(candidate, (keys.Starts!.Union & commerce) != 0);
    }

    [Fact]
    public void Classifies_a_long_text_quickly()
    {
        var text = string.Concat(Enumerable.Repeat("Bright Smile Dental: reminder of your cleaning on Tue at 10:30 AM. Reply STOP to opt out. ", 40));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 50; i++)
            foreach (var c in Enum.GetValues<ContentCategory>())
                Classifier.Find(c, text);
        Assert.True(watch.ElapsedMilliseconds < 2000, $"{watch.ElapsedMilliseconds} ms");
    }
}

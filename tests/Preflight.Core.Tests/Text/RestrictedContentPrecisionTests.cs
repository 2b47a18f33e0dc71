using Preflight.Core.Text;

namespace Preflight.Core.Tests.Text;

/// <summary>
/// The restricted-content lists (SHAFT-C, gambling, court orders) against everyday wording that shares their words, and
/// against the real thing written the way sellers write it: each fix of a false alarm comes with the defect it must
/// still catch.
/// </summary>
public sealed class RestrictedContentPrecisionTests
{
    private static readonly ContentClassifier Classifier = ReferenceData.Default.Classifier;

    /// <summary>Ordinary business text: no confident mention.</summary>
    public static TheoryData<ContentCategory, string> Compliant => new()
    {
        // A clinic's insurance card and an airline with its departure time.
        { ContentCategory.Cannabis, "Reminder: your cleaning is Thu at 9 AM. Bring a photo ID and your medical card." },
        { ContentCategory.Cannabis, "Pediatric checkup Monday 3:40 PM; please have the insurance and medical card ready at the desk." },
        { ContentCategory.Cannabis, "Trip alert: your Delta 8:05 AM flight to Atlanta leaves from gate B12." },
        { ContentCategory.Cannabis, "Heads up, the Delta 9:45 PM departure to Salt Lake is delayed 30 minutes." },
        { ContentCategory.Cannabis, "Your Delta 10:20 AM connection in Detroit is on time." },
        { ContentCategory.Cannabis, "Flight Delta 8 to Atlanta boards at 7:15." },
        { ContentCategory.Cannabis, "Truckers: bring your DOT medical card to the yard." },
        // Pests, cars and furnaces.
        { ContentCategory.Hate, "Scorpion season: our crew will kill all the scorpions in your attic." },
        { ContentCategory.Hate, "The quarterly spray will kill all ants and roaches within two days." },
        { ContentCategory.Hate, "Rental due back at 5 PM; please gas the car up to skip the refuel fee." },
        { ContentCategory.Hate, "Our tech will shut off the gas the morning of your furnace install." },
        { ContentCategory.Hate, "Death to all weeds! Spring lawn treatments start Monday." },
        // Food, streets and coffee.
        { ContentCategory.Alcohol, "Taco Tuesday: beer-battered fish tacos, 2 for $7." },
        { ContentCategory.Alcohol, "New this week: Madagascar bourbon vanilla cupcakes, six for $15." },
        { ContentCategory.Alcohol, "Your lemon cake with bourbon vanilla buttercream is ready for pickup." },
        { ContentCategory.Alcohol, "Crews are fixing a power outage on Bourbon St between Canal and Iberville." },
        { ContentCategory.Alcohol, "Meet us on Bourbon Street for the parade route update." },
        { ContentCategory.Alcohol, "Drink specials this week: lavender latte and iced chai, $1 off." },
        { ContentCategory.Alcohol, "Try our wine-braised short ribs and the penne alla vodka tonight." },
        { ContentCategory.Alcohol, "Lunch special: bourbon chicken with fried rice, $8.99." },
        // Stationery, towns and a squat.
        { ContentCategory.Firearms, "New Rifle Paper Co. planners and notecards just arrived." },
        { ContentCategory.Firearms, "Your order is ready at our Rifle store on Railroad Ave." },
        { ContentCategory.Firearms, "Outage update for Rifle, CO: power is back on Main St." },
        { ContentCategory.Firearms, "Your cleaning is Tuesday at our Gun Barrel City office." },
        { ContentCategory.Firearms, "Today's leg day focus: pistol squats and lunges." },
        { ContentCategory.Firearms, "Our new 9mm Cuban link chains are in the case." },
        // A pizza chain, a play gym, an arcade.
        { ContentCategory.Gambling, "Blackjack Pizza: large 1-topping pizza for $9.99, carryout only." },
        { ContentCategory.Gambling, "Blackjack Pizza is a pizza delivery restaurant. Customers who opt in receive weekly deals." },
        { ContentCategory.Gambling, "Open gym free play for toddlers runs Saturday 9 to 11." },
        { ContentCategory.Gambling, "Air hockey and foosball: our table games are half off tonight." },
        // A road.
        { ContentCategory.Tobacco, "Water main repair on Tobacco Road tonight 9 PM to 2 AM." },
        { ContentCategory.Tobacco, "Our Tobacco Road office reopens Monday." },
        { ContentCategory.Tobacco, "Geek Bar trivia night: bring your team Thursday." },
        // Campus safety and an awareness night.
        { ContentCategory.Sexual, "Walking late? Campus Safety's free escort service runs nightly 7 PM to 3 AM." },
        { ContentCategory.Sexual, "Need a walk to your car? Call the campus escort service; security escorts are on duty." },
        { ContentCategory.Sexual, "Parent night Thursday: talking with your kids about sexting and online safety." },
        { ContentCategory.Sexual, "Workshop on the dangers of sexting for middle school families." },
        { ContentCategory.Sexual, "Naughty or nice? Our holiday gift boxes ship Friday." },
        { ContentCategory.Sexual, "Vintage toys for kids and adult toy collectors this weekend." },
        // What a family-law firm does.
        { ContentCategory.CourtOrder, "We are a family law firm that helps parents with custody, divorce and enforcing court orders for child support." },
        { ContentCategory.CourtOrder, "Clients who opted in receive reminders of hearings and court-ordered mediation sessions." },
        { ContentCategory.CourtOrder, "We help clients comply with court orders for child support." },
        { ContentCategory.CourtOrder, "Reminders for court-ordered parenting classes you signed up for on our site." },
        { ContentCategory.CourtOrder, "Our attorneys modify court orders when a parent relocates." },
    };

    /// <summary>The real thing: the first confident mention.</summary>
    public static TheoryData<ContentCategory, string, string> Restricted => new()
    {
        { ContentCategory.Cannabis, "New this month: our hemp-infused deep tissue massage. Book by Friday.", "hemp-infused" },
        { ContentCategory.Cannabis, "We also sell full-spectrum hemp tinctures and balms at the front desk.", "full-spectrum hemp" },
        { ContentCategory.Cannabis, "Our full-spectrum tinctures are back in stock, 15% off.", "full-spectrum tinctures" },
        { ContentCategory.Cannabis, "Get your MMJ card renewed in 15 minutes online.", "MMJ card" },
        { ContentCategory.Cannabis, "Book a medical card evaluation with our doctors today.", "medical card evaluation" },
        { ContentCategory.Cannabis, "Bring your medical card for 10% off at our dispensary.", "medical card" },
        { ContentCategory.Cannabis, "Delta 8 gummies are back in stock, 2 for $30.", "Delta 8" },
        { ContentCategory.Cannabis, "Delta-9 seltzers: 5 mg per can, now at the counter.", "Delta-9" },
        { ContentCategory.Hate, "Rally Saturday. Kill all the Jews.", "Kill all the Jews" },
        { ContentCategory.Hate, "Gas the Jews, they said at the meeting.", "Gas the Jews" },
        { ContentCategory.Hate, "Kill all of them. Join the white power march.", "Kill all" },
        { ContentCategory.Alcohol, "Bourbon tasting Friday: five small-batch pours for $25.", "Bourbon" },
        { ContentCategory.Alcohol, "Happy hour drink specials: $4 wells and half-off cocktails.", "Happy hour" },
        { ContentCategory.Alcohol, "Craft beer flights and beer-battered fries on the patio.", "Craft beer" },
        { ContentCategory.Alcohol, "Whiskey and wine pairing dinner on Bourbon Street.", "Whiskey" },
        { ContentCategory.Firearms, "Ranger Tactical is an FFL dealer and outdoor outfitter.", "FFL dealer" },
        { ContentCategory.Firearms, "Glock 19 Gen5 back in stock.", "Glock" },
        { ContentCategory.Firearms, "Sig P365 and holsters just landed.", "Sig P365" },
        { ContentCategory.Firearms, "Bulk 9mm FMJ 1000-round cases at $259 this week.", "FMJ" },
        { ContentCategory.Firearms, "New Ruger and Smith & Wesson revolvers in the case.", "Ruger" },
        { ContentCategory.Firearms, "Deer season: rifle scopes and ammo 20% off.", "rifle" },
        { ContentCategory.Gambling, "Earn 2x points on all slots and table games this Friday.", "slots and table games" },
        { ContentCategory.Gambling, "Free play Tuesday! Swipe your Players Club card for up to $50 in free play.", "Free play" },
        { ContentCategory.Gambling, "20 new fish tables and skill machines just installed. Win cash prizes!", "fish tables" },
        { ContentCategory.Gambling, "Double free slot play for members all weekend.", "slot play" },
        { ContentCategory.Gambling, "Blackjack tables open at 6 PM; free spins on every new slot.", "Blackjack" },
        { ContentCategory.Tobacco, "New Elf Bar and Geek Bar disposables just landed.", "Elf Bar" },
        { ContentCategory.Tobacco, "30ml salt nic e-juice, 2 for $30 this weekend.", "salt nic" },
        { ContentCategory.Tobacco, "Fresh ejuice flavors in store.", "ejuice" },
        { ContentCategory.Tobacco, "Cloud Nine Vapor is a vapor shop in Austin.", "vapor shop" },
        { ContentCategory.Tobacco, "Geek Bar Pulse restock is here.", "Geek Bar Pulse" },
        { ContentCategory.Tobacco, "GeekBar Pulse restock is here.", "GeekBar Pulse" },
        { ContentCategory.Tobacco, "Premium cigars on Tobacco Road, 10% off boxes.", "cigars" },
        { ContentCategory.Sexual, "Our new adult toy collection is 25% off for Valentine's.", "adult toy" },
        { ContentCategory.Sexual, "Naughty gift boxes and lace lingerie sets, this week only.", "Naughty" },
        { ContentCategory.Sexual, "VIP escort service, discreet and available tonight.", "VIP escort" },
        { ContentCategory.Sexual, "Our escort service has the hottest escorts in town.", "escort service" },
        { ContentCategory.Sexual, "Free sexting with local singles, reply YES.", "sexting" },
        { ContentCategory.Sexual, "Sex toys and adult novelties, shipped discreetly.", "Sex toys" },
        { ContentCategory.CourtOrder, "Parents receive visit reminders because the texts are court-ordered.", "court-ordered" },
        { ContentCategory.CourtOrder, "Defendants receive court-ordered check-in texts from our office.", "court-ordered" },
        { ContentCategory.CourtOrder, "Tenants are texted under a court order from the eviction case.", "court order" },
    };

    /// <summary>Words that are everyday alone and count only next to another mention.</summary>
    public static TheoryData<ContentCategory, string> WeakAlone => new()
    {
        { ContentCategory.Cannabis, "Please bring your photo ID and medical card." },
        { ContentCategory.Hate, "We kill all the scorpions hiding in your walls." },
        { ContentCategory.Hate, "Please gas the car up before drop-off." },
        { ContentCategory.Alcohol, "Drink specials all week at the café." },
        { ContentCategory.Sexual, "Campus Safety's free escort service runs nightly." },
        { ContentCategory.Gambling, "Up to $50 in free play this Tuesday." },
        { ContentCategory.Firearms, "The FFL standings are posted." },
        { ContentCategory.Tobacco, "Disposables are 20% off." },
    };

    [Theory]
    [MemberData(nameof(Compliant))]
    public void Leaves_everyday_wording_alone(ContentCategory category, string text)
    {
        var found = Classifier.Find(category, text);
        Assert.True(found.Count == 0, $"{category} found {string.Join(", ", found.Select(f => f.Value))}");
    }

    [Theory]
    [MemberData(nameof(Restricted))]
    public void Finds_the_restricted_content(ContentCategory category, string text, string first)
    {
        var found = Classifier.Find(category, text);
        Assert.True(found.Count > 0, $"{category} found nothing in \"{text}\"");
        Assert.Equal(first, found[0].Value);
    }

    [Theory]
    [MemberData(nameof(WeakAlone))]
    public void Counts_an_ambiguous_phrase_only_with_another_mention(ContentCategory category, string text)
    {
        var hits = Classifier.FindHits(category, text);
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.False(h.IsStrong, $"\"{h.Value}\" is strong"));
        Assert.Empty(Classifier.Find(category, text));
    }

    [Theory]
    [InlineData("Trip alert: your Delta 8:05 AM flight to Atlanta leaves from gate B12.", "Delta 8 gummies")]
    [InlineData("Please bring your photo ID and medical card.", "Delta 8 gummies")]
    public void A_cannabis_mention_elsewhere_still_counts(string everyday, string cannabis)
    {
        Assert.Empty(Classifier.Find(ContentCategory.Cannabis, everyday));
        Assert.NotEmpty(Classifier.Find(ContentCategory.Cannabis, everyday + " Also new: " + cannabis + "."));
    }
}

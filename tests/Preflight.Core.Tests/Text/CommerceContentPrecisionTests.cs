using Preflight.Core.Text;

namespace Preflight.Core.Tests.Text;

/// <summary>
/// The money and offer lists (direct lending, high-risk financial, lead generation and affiliate marketing,
/// marketing) in both directions: ordinary business wording that shares a word with them stays below a confident
/// detection, and the same services worded without their usual labels are found.
/// </summary>
public sealed class CommerceContentPrecisionTests
{
    private static readonly ContentClassifier Classifier = ReferenceData.Default.Classifier;

    public static TheoryData<ContentCategory, string> Compliant => new()
    {
        // Pre-approval and prequalification outside lending: insurers, schools, employers, landlords, realtors.
        { ContentCategory.DirectLending, "Cedar Pharmacy: your plan pre-approved the refill, so it will be ready after 4 PM." },
        { ContentCategory.DirectLending, "Oakwood Middle School: the pre-approved absence for Noah on Friday is on file." },
        { ContentCategory.DirectLending, "Your time-off request for June 3 was pre-approved by your manager." },
        { ContentCategory.DirectLending, "Pine Court Apartments: prequalify online in minutes and tour a 2-bedroom this week." },
        { ContentCategory.DirectLending, "Before we make an offer on the Elm St house, please send your mortgage pre-approval letter." },
        // Someone else's lender, and the counseling a school's aid office requires.
        { ContentCategory.DirectLending, "Your mortgage company asked for proof of homeowners coverage, and we sent it to your lender this morning." },
        { ContentCategory.DirectLending, "The title office emailed your mortgage lender the closing figures." },
        { ContentCategory.DirectLending, "Please finish student loan entrance counseling so your aid can be released." },
        { ContentCategory.DirectLending, "Graduating seniors must complete loan exit counseling before commencement." },
        { ContentCategory.DirectLending, "Your policy covers up to $2,000 in water damage; we sent the declarations page to your lender." },

        // A property as an investment, public tax programs, a city's cash pilot, a hybrid job.
        { ContentCategory.HighRiskFinancial, "New listing: a rented fourplex by the river, a solid investment opportunity at $715,000." },
        { ContentCategory.HighRiskFinancial, "Seniors: property tax relief applications are due at the Assessor's office by March 1." },
        { ContentCategory.HighRiskFinancial, "Homestead tax relief forms are available from the county clerk." },
        { ContentCategory.HighRiskFinancial, "Enrollment in the city's guaranteed income pilot opens Monday at the community center." },
        { ContentCategory.HighRiskFinancial, "The county's guaranteed income program sends selected families $500 a month." },
        { ContentCategory.HighRiskFinancial, "This analyst role is hybrid, with two days a week from home." },
        { ContentCategory.HighRiskFinancial, "We report on-time payments to the credit bureaus every month." },

        // Partners that deliver, agents that shop carriers themselves, a business's own screened staff.
        { ContentCategory.AffiliateLeadGen, "Our delivery partners may text you a two-hour arrival window." },
        { ContentCategory.AffiliateLeadGen, "Our delivery partners may send you a photo when the package is dropped off." },
        { ContentCategory.AffiliateLeadGen, "One of our installation partners will call you to book the install." },
        { ContentCategory.AffiliateLeadGen, "Local brand partners may sponsor this year's 5K." },
        { ContentCategory.AffiliateLeadGen, "As your independent agent we compare quotes from a dozen carriers at every renewal." },
        { ContentCategory.AffiliateLeadGen, "Our pre-screened local technicians carry ID badges." },
        { ContentCategory.AffiliateLeadGen, "Thanks for your purchase through our online store." },

        // The privacy sentence, with the negation further back than a short window reaches.
        { ContentCategory.Marketing, "Your mobile number will not be shared with third parties or affiliates for marketing or promotional purposes." },
        { ContentCategory.Marketing, "Phone numbers will never be handed over to outside companies or affiliates for marketing/promotional purposes." },
        { ContentCategory.Marketing, "Today only, the clinic closes at noon for staff training." },
        { ContentCategory.Marketing, "When you both get here, check in together at the front desk." },
    };

    public static TheoryData<ContentCategory, string, string> Defects => new()
    {
        // A lender's own reminders and offers still need the attribute.
        { ContentCategory.DirectLending, "Maple Credit Union: your auto loan payment of $312 is due 5/1.", "auto loan" },
        { ContentCategory.DirectLending, "Reminder: your loan payment of $212 will be drafted Friday.", "loan payment" },
        { ContentCategory.DirectLending, "Your student loan payment is due on the 15th.", "student loan" },
        { ContentCategory.DirectLending, "You're pre-approved! Borrow up to $25,000 at 6.9% APR.", "pre-approved" },
        { ContentCategory.DirectLending, "Get pre-approved in minutes at our dealership website.", "Get pre-approved" },
        { ContentCategory.DirectLending, "See if you prequalify for financing in about a minute.", "prequalify" },
        { ContentCategory.DirectLending, "Send your mortgage pre-approval to Dana, your loan officer.", "mortgage pre-approval" },
        { ContentCategory.DirectLending, "Bad credit? No problem! Drive off today with in-house financing.", "Bad credit? No problem" },
        { ContentCategory.DirectLending, "Pick any truck on the lot for as little as $900 down.", "as little as $900 down" },
        { ContentCategory.DirectLending, "Low on cash until payday? We can deposit $400 tonight.", "cash until payday" },

        // Debt settlement, credit repair, payday advances and income pitches in plain words.
        { ContentCategory.HighRiskFinancial, "Our negotiators negotiate with your creditors so you can settle for less than you owe.", "negotiate with your creditors" },
        { ContentCategory.HighRiskFinancial, "Two collection accounts were removed from your TransUnion report this round.", "removed from your TransUnion" },
        { ContentCategory.HighRiskFinancial, "We dispute negative items until they come off.", "dispute negative items" },
        { ContentCategory.HighRiskFinancial, "Need cash before payday? Just pay it back on your next paycheck.", "cash before payday" },
        { ContentCategory.HighRiskFinancial, "Parents are clearing $900 a week from their phone with this system.", "a week from their phone" },
        { ContentCategory.HighRiskFinancial, "A rare investment opportunity in bitcoin mining rigs.", "investment opportunity" },
        { ContentCategory.HighRiskFinancial, "Tax relief for anyone who owes the IRS $10k or more.", "Tax relief" },
        { ContentCategory.HighRiskFinancial, "Earn a guaranteed income with our trading signals.", "guaranteed income" },

        // Matching services, commissions on links, partners that call or text.
        { ContentCategory.AffiliateLeadGen, "Thanks! Up to 4 pre-screened movers will call you with quotes.", "Up to 4 pre-screened" },
        { ContentCategory.AffiliateLeadGen, "TrustyPros connects homeowners with local painters and roofers.", "connects homeowners with local" },
        { ContentCategory.AffiliateLeadGen, "We may earn a commission when you buy through the links we text.", "commission when you buy" },
        { ContentCategory.AffiliateLeadGen, "As an Amazon Associate we earn from qualifying purchases.", "Amazon Associate" },
        { ContentCategory.AffiliateLeadGen, "A licensed agent from one of our partner carriers will call you today.", "partner carriers will" },
        { ContentCategory.AffiliateLeadGen, "You agree that our brand partners may text you their offers.", "brand partners may text" },
        { ContentCategory.AffiliateLeadGen, "Learn how stay-at-home parents build income from their phone.", "income from their phone" },

        // Referral rewards, reference prices and free months are offers.
        { ContentCategory.Marketing, "Refer a friend and you both get $25 toward your next visit.", "Refer a friend" },
        { ContentCategory.Marketing, "Whitening is $149 through Friday (reg. $299).", "reg. $299" },
        { ContentCategory.Marketing, "Upgrade now and get 3 months free.", "3 months free" },
        { ContentCategory.Marketing, "Join this week and your first month free is on us.", "first month free" },
        { ContentCategory.Marketing, "This weekend only: our spring sale on all frames.", "This weekend only" },
    };

    [Theory]
    [MemberData(nameof(Compliant))]
    public void Ordinary_wording_is_not_a_confident_mention(ContentCategory category, string text)
    {
        var found = Classifier.Find(category, text);
        Assert.True(found.Count == 0, $"{category} found {string.Join(", ", found.Select(f => f.Value))}");
    }

    [Theory]
    [MemberData(nameof(Defects))]
    public void The_service_worded_plainly_is_found(ContentCategory category, string text, string first)
    {
        var m = Classifier.FindFirst(category, text);
        Assert.NotNull(m);
        Assert.Equal(first, m.Value);
    }

    [Fact]
    public void Overlapping_exceptions_each_count()
    {
        // "for marketing" and "marketing or promotional purposes" overlap; the second still covers "promotional",
        // which stands too far from "not" for the negation to reach it.
        const string text = "Your mobile number will not be shared with third parties or affiliates for marketing or promotional purposes.";
        Assert.Empty(Classifier.FindHits(ContentCategory.Marketing, text));
        Assert.Equal(Classifier.FindHitsUnfiltered(ContentCategory.Marketing, text), Classifier.FindHits(ContentCategory.Marketing, text));
    }

    [Fact]
    public void A_weak_pre_approval_needs_a_second_lending_word()
    {
        var alone = Classifier.FindHits(ContentCategory.DirectLending, "Your refill was pre-approved.");
        Assert.Single(alone);
        Assert.False(alone[0].IsStrong);
        Assert.True(ContentClassifier.IsConfident(Classifier.FindHits(ContentCategory.DirectLending, "You're pre-approved for up to $5,000.")));
    }
}

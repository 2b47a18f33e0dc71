using Preflight.Core.Text;

namespace Preflight.Core.Tests.Text;

public sealed class PhonesTests
{
    public static TheoryData<string, string, string> Found => new()
    {
        { "Call (303) 555-0142 to reschedule.", "(303) 555-0142", "13035550142" },
        { "Call 303.555.0142 today", "303.555.0142", "13035550142" },
        { "Call 303-555-0142.", "303-555-0142", "13035550142" },
        { "Call +1 303 555 0142", "+1 303 555 0142", "13035550142" },
        { "Toll free 1-800-555-0199.", "1-800-555-0199", "18005550199" },
        { "Text us at +13035550142", "+13035550142", "13035550142" },
        { "UK office: +447911123456", "+447911123456", "447911123456" },
        { "Call 3035550142 now", "3035550142", "13035550142" },
        { "Call (303)555-0142 now", "(303)555-0142", "13035550142" },
        { "Phone number: 303-555-0142", "303-555-0142", "13035550142" },
        { "Call 1-800-FLOWERS", "1-800-FLOWERS", "1800" },
        // Toll-free vanity numbers, with or without the leading 1, letters in groups.
        { "For help call 800-GOT-FOOD. Reply STOP to cancel.", "800-GOT-FOOD", "800" },
        { "Call 1-800-DRAIN-GUY to pick an estimate time.", "1-800-DRAIN-GUY", "1800" },
        { "Donate your car: 1-877-KARS-4-KIDS", "1-877-KARS-4-KIDS", "18774" },
        { "Order lenses at 1-800-CONTACTS today", "1-800-CONTACTS", "1800" },
        { "Call 1-800-Got-Junk for a pickup", "1-800-Got-Junk", "1800" },
        { "Questions? (888) GO-FEDEX", "(888) GO-FEDEX", "888" },
        { "Send flowers: 1-800-Flowers.com", "1-800-Flowers", "1800" },
        // Seven-digit local numbers, after a word that offers a call.
        { "Need to reschedule? Call us at 555-0122. Reply STOP to opt out.", "555-0122", "5550122" },
        { "Questions? Call 555-0122 anytime.", "555-0122", "5550122" },
        { "Front desk phone: 555-0122", "555-0122", "5550122" },
        { "Tel. 555.0122 (front desk)", "555.0122", "5550122" },
        { "Text us at 555-0122 with questions", "555-0122", "5550122" },
    };

    public static TheoryData<string> NotPhones => new()
    {
        "Your visit is on 2024-03-12 at 10:30 AM.",
        "Due 03/12/2024.",
        "Total: $1,234.56 due by 12.03.2024",
        "Ship to Denver, CO 80204-1234.",
        "Order #3035550142 has shipped.",
        "Order 303-555-0142 has shipped.",
        "Tracking no. 3035550142",
        "Your code is 482913.",
        "Open 9:00-17:30 daily.",
        "Balance $3035550142.00",
        "Ref: 4035550142",
        "Invoice 2025-0142-3311 is due",
        // Ranges, times, dates, prices and ZIP codes that look like a local number, and words after a toll-free code.
        "Orders of 500-1000 units ship free.",
        "Up to 300-1200 messages a year, depending on your plan.",
        "Open 9:00-5:00, closed 12:30-1:30 for lunch.",
        "Call volume is highest 800-1000 each morning.",
        "Your balance of $555-0122 is due",
        "Ship to Denver, CO 80204-1234 by 12/03.",
        "Recall notice 555-0122 applies to your car.",
        "Season 2024-2025 passes are on sale.",
        "Call by 3/12-3/15 to book.",
        "Item #800-GOT-FOOD is back in stock",
        "WIN 800 DOLLARS IN PRIZES",
        "Our 800-THREAD-COUNT sheets are back",
        "Lift 800-LBS with ease",
        "We sold 800-plus homes this year.",
        "Track order 1-800-ABCDEFG in your account",
    };

    [Theory]
    [MemberData(nameof(Found))]
    public void Finds_phone_numbers(string text, string value, string digits)
    {
        var all = Phones.Find(text);
        Assert.Single(all);
        Assert.Equal(value, all[0].Value);
        Assert.StartsWith(digits, Phones.Digits(all[0].Value));
    }

    [Theory]
    [MemberData(nameof(NotPhones))]
    public void Ignores_dates_prices_zip_codes_times_and_order_numbers(string text) => Assert.Empty(Phones.Find(text));

    [Theory]
    [InlineData("Tue 3/14 at 10:30, $12.99 or 2 for $20")] // many digits, no four in a row: not searched
    [InlineData("Call 1-800-FLOWERS")]
    [InlineData("Call (303) 555-0142")]
    [InlineData("Call ٣٠٣-٥٥٥-٠١٤٢ or 303-555")] // digits of another script count for the run
    public void The_digit_counts_let_through_every_text_with_a_number(string text) =>
        Assert.Equal(Phones.Search(text).Select(m => (m.Start, m.Value)), Phones.Find(text).Select(m => (m.Start, m.Value)));

    [Fact]
    public void The_digit_counts_never_skip_a_text_the_search_finds_a_number_in()
    {
        Corpus.CompareAll(text =>
        {
            var all = Phones.Search(text);
            Assert.Equal(all.Select(m => (m.Start, m.Value)), Phones.Find(text).Select(m => (m.Start, m.Value)));
            return all.Count > 0;
        }, minFound: 50);
    }
}

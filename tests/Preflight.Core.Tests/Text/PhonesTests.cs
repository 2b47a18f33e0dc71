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
}

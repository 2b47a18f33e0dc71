using Preflight.Core.Model;

namespace Preflight.Bench;

/// <summary>Realistic, mostly distinct registrations for benchmarks: many brands, use cases and phrasings.</summary>
public static class Synthetic
{
    private static readonly string[] Trades = ["Dental", "Pizza", "Plumbing", "Salon", "Fitness", "Auto Care", "Vet Clinic", "Bakery", "Law Office", "Realty", "Pharmacy", "Cleaners", "Florist", "Tutoring", "Roofing", "Spa"];
    private static readonly string[] Names = ["Bright", "Maple", "Harbor", "Summit", "Cedar", "Golden", "Riverside", "Lakeview", "Pioneer", "Evergreen", "Northside", "Oak & Ivy", "Joe's", "Café Zoë", "Blue Sky", "Redwood", "Silver Line", "Prairie"];
    private static readonly string[] Messages = ["appointment reminders", "order updates", "service notices", "account alerts", "delivery updates", "schedule changes"];

    public static Submission One(int i)
    {
        var name = $"{Names[i % Names.Length]} {Trades[i / Names.Length % Trades.Length]} {i}";
        var domain = $"site{i}.example.com";
        var what = Messages[i % Messages.Length];
        var perMonth = 2 + i % 8;
        return new Submission
        {
            Source = $"synthetic-{i}",
            Brand = new Brand
            {
                EntityType = EntityTypes.PrivateProfit,
                DisplayName = name,
                CompanyName = name + " LLC",
                Ein = $"{10 + i % 89:00}-{i % 10_000_000:0000000}",
                Email = "office@" + domain,
                Phone = "+13125550187",
                Website = "https://www." + domain,
                Vertical = "RETAIL",
                Country = "US",
            },
            Campaign = new Campaign
            {
                CampaignId = $"C{i:000000}",
                Usecase = UseCases.AccountNotification,
                Description = $"{name} serves local customers. Customers who opt in receive {what} about their own visits and orders, up to {perMonth} messages per month.",
                MessageFlow = $"Customers opt in on our website form at https://www.{domain}/sms by entering a mobile number and checking an optional, unchecked box: \"I agree to receive {what} texts from {name}. Up to {perMonth} msgs/mo. Msg & data rates may apply. Reply HELP for help, STOP to cancel.\" Privacy Policy https://www.{domain}/privacy Terms https://www.{domain}/terms",
                Sample1 = $"{name}: Reminder of your visit on {1 + i % 12}/{1 + i % 28} at {1 + i % 11}:30 PM. Reply STOP to opt out.",
                Sample2 = $"{name}: Your order #{i} is ready for pickup. Reply STOP to opt out.",
                OptinKeywords = "START",
                OptinMessage = $"{name}: You're subscribed to {what}. Up to {perMonth} msgs/mo. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
                OptoutKeywords = "STOP,END,CANCEL,UNSUBSCRIBE,QUIT",
                OptoutMessage = $"{name}: You are unsubscribed and will receive no further messages.",
                HelpKeywords = "HELP,INFO",
                HelpMessage = $"{name}: For help email office@{domain}. Reply STOP to opt out.",
                EmbeddedLink = false,
                EmbeddedPhone = false,
                SubscriberOptin = true,
                SubscriberOptout = true,
                SubscriberHelp = true,
                PrivacyPolicyLink = $"https://www.{domain}/privacy",
                TermsAndConditionsLink = $"https://www.{domain}/terms",
            },
        };
    }

    public static IReadOnlyList<Submission> Many(int count) => Enumerable.Range(0, count).Select(One).ToArray();
}

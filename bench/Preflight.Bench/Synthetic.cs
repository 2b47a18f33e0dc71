using Preflight.Core.Model;

namespace Preflight.Bench;

/// <summary>
/// Realistic, mostly compliant and mostly distinct registrations for benchmarks: many brands, use cases, opt-in
/// methods and phrasings, written the way the compliant corpus (tests/…/Corpus/CompliantCorpus.cs) writes them, so the
/// rules do the work they do on good submissions. Every 25th registration carries one common defect (no brand in the
/// opt-in reply, no rates notice in the flow, an EIN with an unassigned prefix) so failing paths run too.
/// </summary>
public static class Synthetic
{
    private static readonly string[] Names = ["Bright", "Maple", "Harbor", "Summit", "Cedar", "Golden", "Riverside", "Lakeview", "Pioneer", "Evergreen", "Northside", "Oak & Ivy", "Joe's", "Café Zoë", "Blue Sky", "Redwood", "Silver Line", "Prairie"];

    // EIN prefixes the IRS assigns (see EinFormatRule).
    private static readonly string[] EinPrefixes = ["01", "04", "10", "13", "20", "22", "26", "27", "33", "36", "38", "41", "45", "47", "52", "54", "58", "61", "65", "71", "74", "77", "81", "84", "86", "88", "91", "94", "98"];

    /// <summary>One kind of business and how it texts: the trade, its use case, what customers get and two samples.</summary>
    private sealed record Kind(string Trade, string Vertical, string UseCase, string Who, string What, string Sample1, string Sample2);

    private static readonly Kind[] Kinds =
    [
        new("Dental", "HEALTHCARE", UseCases.AccountNotification, "Patients", "appointment reminders",
            "{0}: Reminder of your cleaning on {1}/{2} at {3}:30 AM. Reply C to confirm. Reply STOP to opt out.",
            "{0}: Your appointment on {1}/{2} at {3}:30 AM is confirmed. Reply STOP to opt out."),
        new("Pizza", "RETAIL", UseCases.Marketing, "Customers", "weekly specials and coupons",
            "{0}: Tuesday special! Any large pizza for $12.99 with code TUES{2}. Reply STOP to opt out.",
            "{0}: {3}0% off family meals this weekend only. Show this text at the counter. Txt STOP to quit."),
        new("Plumbing", "REAL_ESTATE", UseCases.CustomerCare, "Customers", "service visit updates",
            "{0}: Your technician is on the way and should arrive by {3}:45 AM. Reply STOP to opt out.",
            "{0}: Thanks for your question. The part for your water heater arrives Monday; we will call to schedule. Reply STOP to opt out."),
        new("Salon", "RETAIL", UseCases.AccountNotification, "Clients", "appointment reminders and schedule changes",
            "{0}: Reminder, your appointment is Fri {1}/{2} at {3} PM. Reply STOP to opt out.",
            "{0}: Your stylist is running 15 minutes late today; your appointment now starts at {3}:15 PM. Reply STOP to opt out."),
        new("Parcel", "TRANSPORTATION", UseCases.DeliveryNotification, "Shoppers", "delivery updates",
            "{0}: Your package #{4} is out for delivery today. Reply STOP to opt out.",
            "{0}: Delivered! Your package was left at the front door at {3}:14 PM. Reply STOP to opt out."),
        new("Credit Union", "FINANCIAL", UseCases.TwoFactor, "Members", "sign-in codes",
            "{0}: Your verification code is {5}. It expires in 10 minutes. Never share this code. Reply STOP to opt out.",
            "{0}: Use code {5} to finish signing in. If you did not request it, call us. Reply STOP to opt out."),
        new("Property Management", "REAL_ESTATE", UseCases.AccountNotification, "Residents", "rent reminders and building service notices",
            "{0}: Rent of $1,450 is due on the 1st. Pay in the resident portal. Reply STOP to opt out.",
            "{0}: Your maintenance request #{4} is scheduled for Wed between 9 and 11 AM. Reply STOP to opt out."),
        new("Fitness", "ENTERTAINMENT", UseCases.Marketing, "Members", "class news and membership deals",
            "{0}: Bring a friend free this Saturday! New spin classes at {3} AM. Txt STOP to quit.",
            "{0}: Summer deal - 3 months for $99 if you renew by {1}/{2}. Txt STOP to quit."),
        new("Cloud Backup", "TECHNOLOGY", UseCases.SecurityAlert, "Account owners", "security alerts",
            "{0}: New sign-in to your account from Chrome on Windows. Not you? Reset your password in settings. Reply STOP to opt out.",
            "{0}: Your password was changed at {3}:02 PM. If this wasn't you, contact support right away. Reply STOP to opt out."),
    ];

    public static Submission One(int i)
    {
        var kind = Kinds[i % Kinds.Length];
        var name = $"{Names[i / Kinds.Length % Names.Length]} {kind.Trade} {i}";
        var domain = $"site{i}.example.com";
        var perMonth = 2 + i % 7;
        var defect = i % 25 == 24 ? i / 25 % 3 : -1;
        var samples = new object[] { name, 1 + i % 12, 1 + i % 28, 1 + i % 9, 1000 + i % 9000, 100000 + i * 7 % 900000 };
        var frequency = kind.UseCase == UseCases.TwoFactor ? "One message per login request." : $"Up to {perMonth} msgs/mo.";
        var rates = defect == 1 ? "" : " Msg & data rates may apply.";
        var consent = kind.UseCase == UseCases.Marketing
            ? $"Yes, send me recurring {kind.What} by text from {name}."
            : $"Text me {kind.What} from {name}.";
        var (flow, description) = (i / Kinds.Length % 3) switch
        {
            0 => ($"{kind.Who} opt in on our website form at https://www.{domain}/sms by entering a mobile number and checking an optional, unchecked box: \"{consent} {frequency}{rates} Reply HELP for help, STOP to cancel.\" The form links our Privacy Policy https://www.{domain}/privacy and Terms https://www.{domain}/terms.",
                  $"{name} is a local business. {kind.Who} who opt in on our website receive {kind.What}, {(kind.UseCase == UseCases.TwoFactor ? "one message per login request" : $"up to {perMonth} messages per month")}."),
            1 => ($"{kind.Who} opt in by texting JOIN to (312) 555-0187, as shown on signs at our front desk and on https://www.{domain}/text. The sign reads: \"Text JOIN to (312) 555-0187 for {kind.What} from {name}. {frequency}{rates} Reply HELP for help, STOP to cancel. Privacy Policy: https://www.{domain}/privacy\"",
                  $"{name} serves customers in Chicago. {kind.Who} who text JOIN receive {kind.What}, {(kind.UseCase == UseCases.TwoFactor ? "one message per login request" : $"up to {perMonth} messages per month")}."),
            _ => ($"{kind.Who} opt in on the sign-up page at https://www.{domain}/alerts by entering a mobile number and ticking an unchecked box: \"{consent} {frequency}{rates} Reply HELP for help, STOP to end.\" Privacy Policy https://www.{domain}/privacy Terms https://www.{domain}/terms",
                  $"{name} sends {kind.What} to {kind.Who.ToLowerInvariant()} who sign up on our website, {(kind.UseCase == UseCases.TwoFactor ? "one message per login request" : $"up to {perMonth} messages per month")}."),
        };
        var optIn = $"{name}: You're subscribed to {kind.What}. {frequency} Msg & data rates may apply. Reply HELP for help, STOP to cancel.";
        return new Submission
        {
            Source = $"synthetic-{i}",
            Brand = new Brand
            {
                EntityType = EntityTypes.PrivateProfit,
                DisplayName = name,
                CompanyName = name + " LLC",
                Ein = $"{(defect == 2 ? "07" : EinPrefixes[i % EinPrefixes.Length])}-{i % 10_000_000:0000000}",
                EinIssuingCountry = "US",
                Email = "office@" + domain,
                Phone = "+13125550187",
                Street = "400 N Michigan Ave",
                City = "Chicago",
                State = "IL",
                PostalCode = "60611",
                Website = "https://www." + domain,
                Vertical = kind.Vertical,
                Country = "US",
            },
            Campaign = new Campaign
            {
                CampaignId = $"C{i:000000}",
                Usecase = kind.UseCase,
                Vertical = kind.Vertical,
                Description = description,
                MessageFlow = flow,
                Sample1 = string.Format(System.Globalization.CultureInfo.InvariantCulture, kind.Sample1, samples),
                Sample2 = string.Format(System.Globalization.CultureInfo.InvariantCulture, kind.Sample2, samples),
                OptinKeywords = "START,JOIN",
                OptinMessage = defect == 0 ? optIn[(name.Length + 2)..] : optIn,
                OptoutKeywords = "STOP,END,CANCEL,UNSUBSCRIBE,QUIT",
                OptoutMessage = $"{name}: You are unsubscribed and will receive no further messages. Reply START to resubscribe.",
                HelpKeywords = "HELP,INFO",
                HelpMessage = $"{name}: For help email office@{domain} or call (312) 555-0187. Reply STOP to opt out.",
                EmbeddedLink = false,
                EmbeddedPhone = false,
                NumberPool = false,
                AgeGated = false,
                DirectLending = false,
                AffiliateMarketing = false,
                SubscriberOptin = true,
                SubscriberOptout = true,
                SubscriberHelp = true,
                TermsAndConditions = true,
                PrivacyPolicyLink = $"https://www.{domain}/privacy",
                TermsAndConditionsLink = $"https://www.{domain}/terms",
            },
        };
    }

    public static IReadOnlyList<Submission> Many(int count) => Enumerable.Range(0, count).Select(One).ToArray();
}

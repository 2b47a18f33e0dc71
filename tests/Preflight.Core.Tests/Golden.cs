using Preflight.Core.Model;

namespace Preflight.Core.Tests;

/// <summary>
/// One fully compliant submission. Every rule passes it (see CatalogTests), so a test that changes one field and
/// sees one rule fail has found what that rule checks.
/// </summary>
public static class Golden
{
    public static Brand Brand { get; } = new()
    {
        EntityType = EntityTypes.PrivateProfit,
        DisplayName = "Bright Smile Dental",
        CompanyName = "Bright Smile Dental Group LLC",
        Ein = "84-1234567",
        EinIssuingCountry = "US",
        Phone = "+13035550142",
        Street = "1200 Larimer St",
        City = "Denver",
        State = "CO",
        PostalCode = "80204",
        Country = "US",
        Email = "office@brightsmiledental.com",
        Website = "https://www.brightsmiledental.com",
        Vertical = "HEALTHCARE",
    };

    public static Campaign Campaign { get; } = new()
    {
        Usecase = UseCases.AccountNotification,
        Vertical = "HEALTHCARE",
        Description = "Bright Smile Dental is a family dental practice in Denver. Patients who opt in receive appointment reminders, confirmations and rescheduling notices for their own visits, up to 4 messages per month. Messages go only to patients who gave consent on our website booking form.",
        MessageFlow = "Patients opt in on our online booking form at https://www.brightsmiledental.com/book by entering their mobile number and checking an optional, unchecked box labeled: \"I agree to receive appointment reminder texts from Bright Smile Dental. Msg frequency varies, up to 4 msgs/mo. Msg & data rates may apply. Reply HELP for help, STOP to cancel. Consent is not a condition of purchase.\" The form links to our Privacy Policy https://www.brightsmiledental.com/privacy and Terms https://www.brightsmiledental.com/terms.",
        Sample1 = "Bright Smile Dental: Hi Maria, this is a reminder of your cleaning on Tue 3/12 at 10:30 AM. Reply C to confirm or call (303) 555-0142 to reschedule. Reply STOP to opt out.",
        Sample2 = "Bright Smile Dental: Your appointment on 3/12 at 10:30 AM is confirmed. See you soon! Reply STOP to opt out.",
        OptinKeywords = "START,YES",
        OptinMessage = "Bright Smile Dental: You're subscribed to appointment reminders. Msg frequency varies, up to 4 msgs/mo. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
        OptoutKeywords = "STOP,END,CANCEL,UNSUBSCRIBE,QUIT",
        OptoutMessage = "Bright Smile Dental: You are unsubscribed and will receive no further messages. Reply START to resubscribe.",
        HelpKeywords = "HELP,INFO",
        HelpMessage = "Bright Smile Dental: For help call (303) 555-0142 or email office@brightsmiledental.com. Reply STOP to opt out.",
        EmbeddedLink = false,
        EmbeddedPhone = true,
        NumberPool = false,
        AgeGated = false,
        DirectLending = false,
        AffiliateMarketing = false,
        SubscriberOptin = true,
        SubscriberOptout = true,
        SubscriberHelp = true,
        TermsAndConditions = true,
        PrivacyPolicyLink = "https://www.brightsmiledental.com/privacy",
        TermsAndConditionsLink = "https://www.brightsmiledental.com/terms",
    };

    public static Submission Submission { get; } = new() { Brand = Brand, Campaign = Campaign, Source = "golden" };

    /// <summary>The golden submission with the campaign changed.</summary>
    public static Submission With(Func<Campaign, Campaign> change) => Submission with { Campaign = change(Campaign) };

    /// <summary>The golden submission with the brand changed.</summary>
    public static Submission WithBrand(Func<Brand, Brand> change) => Submission with { Brand = change(Brand) };
}

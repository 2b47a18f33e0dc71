using Preflight.Core.Model;

namespace Preflight.Core.Tests.Corpus;

/// <summary>
/// Compliant registrations across use cases, opt-in methods and phrasing styles, written the way real CSP
/// customers write them. None may draw a rejection: a rule that fires here fires on compliant wording.
/// </summary>
public static class CompliantCorpus
{
    public static IReadOnlyList<Submission> All { get; } = Build();

    private static Brand Brand(string display, string company, string domain, string vertical, string entity = EntityTypes.PrivateProfit, string ein = "84-1234567") => new()
    {
        EntityType = entity,
        DisplayName = display,
        CompanyName = company,
        Ein = entity == EntityTypes.SoleProprietor ? null : ein,
        EinIssuingCountry = entity == EntityTypes.SoleProprietor ? null : "US",
        Phone = "+13125550187",
        Street = "400 N Michigan Ave",
        City = "Chicago",
        State = "IL",
        PostalCode = "60611",
        Country = "US",
        Email = "compliance@" + domain,
        Website = "https://www." + domain,
        Vertical = vertical,
    };

    private static Campaign Replies(string brand, string domain, string phone = "(312) 555-0187") => new()
    {
        OptinKeywords = "START",
        OptinMessage = $"{brand}: You're subscribed to text alerts. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel.",
        OptoutKeywords = "STOP,END,CANCEL,UNSUBSCRIBE,QUIT",
        OptoutMessage = $"{brand}: You have been unsubscribed and will receive no further messages. Reply START to resubscribe.",
        HelpKeywords = "HELP,INFO",
        HelpMessage = $"{brand}: For help email support@{domain} or call {phone}. Reply STOP to opt out.",
        SubscriberOptin = true,
        SubscriberOptout = true,
        SubscriberHelp = true,
        TermsAndConditions = true,
        EmbeddedLink = false,
        EmbeddedPhone = false,
        NumberPool = false,
        AgeGated = false,
        DirectLending = false,
        AffiliateMarketing = false,
        PrivacyPolicyLink = $"https://www.{domain}/privacy",
        TermsAndConditionsLink = $"https://www.{domain}/terms",
    };

    private static Submission S(string id, Brand brand, Campaign campaign) => new() { Brand = brand, Campaign = campaign, Source = id };

    private static IReadOnlyList<Submission> Build() =>
    [
        // 1. Pizza shop, marketing, web form, apostrophe and ampersand in the name.
        S("joes-pizza-marketing", Brand("Joe's Pizza & Grill", "Joe's Pizza & Grill LLC", "joespizzagrill.com", "RETAIL"),
            Replies("Joe's Pizza & Grill", "joespizzagrill.com") with
            {
                Usecase = UseCases.Marketing,
                Description = "Joe's Pizza & Grill is a family pizzeria in Chicago. Subscribers receive weekly promotional texts with coupons, specials and new menu items, up to 4 messages per month. Messages go only to customers who signed up on our website.",
                MessageFlow = "Customers opt in on our website at https://www.joespizzagrill.com/text-club by entering their mobile number and checking an unchecked, optional box: \"Yes, send me recurring promotional texts from Joe's Pizza & Grill. Up to 4 msgs/mo. Msg&data rates may apply. Reply HELP for help, STOP to cancel. Consent is not a condition of purchase.\" Links to our Privacy Policy (https://www.joespizzagrill.com/privacy) and Terms (https://www.joespizzagrill.com/terms) sit under the box.",
                Sample1 = "Joe's Pizza & Grill: Tuesday special! Any large pizza for $12.99 with code TUES. Reply STOP to opt out.",
                Sample2 = "Joe's Pizza & Grill: 20% off family meals this weekend only. Show this text at the counter. Txt STOP to quit.",
                OptinMessage = "Joe's Pizza & Grill: Thanks for joining our Text Club! Up to 4 msgs/mo. Msg&data rates may apply. Reply HELP for help, STOP to cancel.",
            }),
        // 2. Dental office reminders, website booking form.
        S("bright-smile-reminders", Brand("Bright Smile Dental", "Bright Smile Dental Group LLC", "brightsmiledental.com", "HEALTHCARE"),
            Replies("Bright Smile Dental", "brightsmiledental.com") with
            {
                Usecase = UseCases.AccountNotification,
                Description = "Bright Smile Dental is a dental practice. Patients who opt in receive appointment reminders and confirmations for their own visits, up to 4 messages per month.",
                MessageFlow = "Patients opt in on our booking form at https://www.brightsmiledental.com/book by entering a mobile number and checking an optional, unchecked box: \"I agree to receive appointment reminder texts from Bright Smile Dental. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel.\" Privacy Policy: https://www.brightsmiledental.com/privacy Terms: https://www.brightsmiledental.com/terms",
                Sample1 = "Bright Smile Dental: Reminder of your cleaning on Tue 3/12 at 10:30 AM. Reply C to confirm. Reply STOP to opt out.",
                Sample2 = "Bright Smile Dental: Your appointment on 3/12 at 10:30 AM is confirmed. Reply STOP to opt out.",
            }),
        // 3. Bank one-time passcodes, 2FA.
        S("northwind-2fa", Brand("Northwind Credit Union", "Northwind Federal Credit Union", "northwindcu.org", "FINANCIAL", EntityTypes.NonProfit, "36-4455667"),
            Replies("Northwind Credit Union", "northwindcu.org") with
            {
                Usecase = UseCases.TwoFactor,
                Description = "Northwind Credit Union sends one-time passcodes to members who sign in to online banking and choose text message verification. One message per login request.",
                MessageFlow = "Members enroll in online banking at https://www.northwindcu.org/enroll and choose text message as their verification method, checking an optional box: \"Send my sign-in codes by text from Northwind Credit Union. One message per login request. Message and data rates may apply. Reply HELP for help or STOP to cancel.\" Privacy Policy and Terms are linked on the same page.",
                Sample1 = "Northwind Credit Union: Your verification code is 482913. It expires in 10 minutes. Never share this code. Reply STOP to opt out.",
                Sample2 = "Northwind Credit Union: Use code 775201 to finish signing in. If you did not request it, call us. Reply STOP to opt out.",
                OptinMessage = "Northwind Credit Union: You will get sign-in codes by text. One message per login request. Message and data rates may apply. Reply HELP for help, STOP to cancel.",
            }),
        // 4. Delivery notifications, checkout page.
        S("swift-parcel-delivery", Brand("Swift Parcel", "Swift Parcel Logistics Inc.", "swiftparcel.com", "TRANSPORTATION"),
            Replies("Swift Parcel", "swiftparcel.com") with
            {
                Usecase = UseCases.DeliveryNotification,
                Description = "Swift Parcel delivers packages for online stores. Recipients who opt in at checkout receive shipping and delivery status updates for their own orders, about 3 messages per order.",
                MessageFlow = "Shoppers opt in on the checkout page at https://www.swiftparcel.com/track/signup by entering a mobile number and ticking an unchecked box: \"Text me delivery updates from Swift Parcel. About 3 msgs per order. Msg & data rates may apply. Reply HELP for help, STOP to end.\" Privacy Policy https://www.swiftparcel.com/privacy and Terms https://www.swiftparcel.com/terms are linked beside it.",
                Sample1 = "Swift Parcel: Your package from Oak & Ivy Home is out for delivery today. Reply STOP to opt out.",
                Sample2 = "Swift Parcel: Delivered! Your package was left at the front door at 2:14 PM. Reply STOP to opt out.",
            }),
        // 5. Salon, mixed (account notifications + marketing), keyword opt-in.
        S("luxe-salon-mixed", Brand("Luxe Hair Studio", "Luxe Hair Studio LLC", "luxehairstudio.com", "RETAIL"),
            Replies("Luxe Hair Studio", "luxehairstudio.com") with
            {
                Usecase = UseCases.Mixed,
                SubUsecases = [UseCases.AccountNotification, UseCases.Marketing],
                Description = "Luxe Hair Studio is a hair salon. Clients receive appointment reminders and, if they join our VIP list, promotional offers and seasonal specials, up to 6 messages per month.",
                MessageFlow = "Clients opt in by texting JOIN to (312) 555-0187, as advertised on signs at our front desk and on our website https://www.luxehairstudio.com/vip. The sign reads: \"Text JOIN to (312) 555-0187 for appointment reminders and VIP offers from Luxe Hair Studio. Up to 6 msgs/mo. Msg&data rates may apply. Reply HELP for help, STOP to opt out. Privacy: luxehairstudio.com/privacy Terms: luxehairstudio.com/terms\"",
                Sample1 = "Luxe Hair Studio: Reminder, your color appointment is Fri 5/3 at 2 PM. Reply STOP to opt out.",
                Sample2 = "Luxe Hair Studio: VIP flash sale! 25% off all blowouts this Thursday. Book at the front desk. Reply STOP to opt out.",
                OptinKeywords = "JOIN,START",
                OptinMessage = "Luxe Hair Studio: Welcome to VIP texts! Appointment reminders and offers, up to 6 msgs/mo. Msg&data rates may apply. Reply HELP for help, STOP to opt out.",
            }),
        // 6. Plumbing, customer care, verbal opt-in with script.
        S("smith-sons-care", Brand("Smith & Sons Plumbing", "Smith & Sons Plumbing Co.", "smithandsonsplumbing.com", "CONSTRUCTION"),
            Replies("Smith & Sons Plumbing", "smithandsonsplumbing.com") with
            {
                Usecase = UseCases.CustomerCare,
                Description = "Smith & Sons Plumbing is a residential plumbing contractor. Customers who agree by phone receive technician arrival notices and replies to their service questions, message frequency varies.",
                MessageFlow = "Customers opt in verbally when they call to book a visit. Our dispatcher reads this script: \"Would you like text updates from Smith & Sons Plumbing about your service visit? Message frequency varies. Message and data rates may apply. Text HELP for help and STOP to unsubscribe at any time. Our privacy policy is at smithandsonsplumbing.com/privacy and our terms at smithandsonsplumbing.com/terms.\" The dispatcher records the customer's yes in our system.",
                Sample1 = "Smith & Sons Plumbing: Your technician Mike is on the way and should arrive by 10:45 AM. Reply STOP to opt out.",
                Sample2 = "Smith & Sons Plumbing: Thanks for your question. The part for your water heater arrives Monday; we will call to schedule. Reply STOP to opt out.",
            }),
        // 7. Café with accents, low-volume mixed, paper form.
        S("cafe-zoe-lowvolume", Brand("Café Zoë", "Cafe Zoe Inc", "cafezoe.com", "RETAIL"),
            Replies("Café Zoë", "cafezoe.com") with
            {
                Usecase = UseCases.LowVolume,
                SubUsecases = [UseCases.CustomerCare, UseCases.AccountNotification],
                Description = "Café Zoë is a neighborhood café. Catering customers receive order confirmations and answers to their questions, a few messages per order.",
                MessageFlow = "Catering customers opt in on our paper order form at the counter by writing their mobile number and checking a separate box: \"Text me about my catering order from Café Zoë. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel. Privacy Policy and Terms: cafezoe.com/privacy and cafezoe.com/terms\". The same form is posted at https://www.cafezoe.com/catering.",
                Sample1 = "Café Zoë: Your catering order for 20 guests on Sat 6/8 is confirmed. Pickup at 11 AM. Reply STOP to opt out.",
                Sample2 = "Cafe Zoe: Happy to help! Yes, we can make the sandwich platter vegetarian. Reply STOP to opt out.",
            }),
        // 8. University, higher education.
        S("lakeshore-university", Brand("Lakeshore University", "Lakeshore University", "lakeshore.edu", "EDUCATION", EntityTypes.NonProfit, "36-2211334"),
            Replies("Lakeshore University", "lakeshore.edu") with
            {
                Usecase = UseCases.HigherEducation,
                Description = "Lakeshore University sends enrolled students registration deadlines, financial aid reminders and campus closure notices, up to 8 messages per month.",
                MessageFlow = "Students opt in on the student portal at https://www.lakeshore.edu/alerts by entering a mobile number and checking an optional box: \"I agree to receive academic reminder texts from Lakeshore University. Up to 8 msgs/mo. Msg and data rates may apply. Reply HELP for help, STOP to end.\" Links to the Privacy Policy and Terms of Use sit under the box.",
                Sample1 = "Lakeshore University: Fall registration closes Friday 8/30 at 5 PM. Questions? Visit the Registrar. Reply STOP to opt out.",
                Sample2 = "Lakeshore University: Your financial aid documents are due 9/15. Reply STOP to opt out.",
            }),
        // 9. Charity, donations.
        S("hope-harbor-charity", Brand("Hope Harbor Food Bank", "Hope Harbor Food Bank Inc", "hopeharbor.org", "NGO", EntityTypes.NonProfit, "36-9988776"),
            Replies("Hope Harbor Food Bank", "hopeharbor.org") with
            {
                Usecase = UseCases.Charity,
                Description = "Hope Harbor Food Bank is a 501(c)(3) charity fighting hunger. Supporters receive volunteer news and requests to donate to our holiday meal drive, up to 4 messages per month.",
                MessageFlow = "Supporters opt in on our donation page at https://www.hopeharbor.org/give by entering a mobile number and checking an optional box: \"Yes, text me updates and donation appeals from Hope Harbor Food Bank. Up to 4 msgs/mo. Msg & data rates may apply. Reply HELP for help, STOP to cancel.\" Privacy Policy and Terms are linked below the form.",
                Sample1 = "Hope Harbor Food Bank: $25 feeds a family for a week. Donate to the holiday meal drive at hopeharbor.org/give. Reply STOP to opt out.",
                Sample2 = "Hope Harbor Food Bank: Thank you! Your gift provided 60 meals this month. Reply STOP to opt out.",
                EmbeddedLink = true,
            }),
        // 10. Property manager, account notifications, app opt-in.
        S("oakridge-property", Brand("Oakridge Property Management", "Oakridge Property Management LLC", "oakridgepm.com", "REAL_ESTATE"),
            Replies("Oakridge Property Management", "oakridgepm.com") with
            {
                Usecase = UseCases.AccountNotification,
                Description = "Oakridge Property Management manages apartment buildings. Residents receive rent due reminders, maintenance updates and building notices, up to 5 messages per month.",
                MessageFlow = "Residents opt in inside our resident portal at https://www.oakridgepm.com/portal (also in our mobile app) under Notification Settings by entering a mobile number and switching on an optional toggle, off by default: \"Text me rent and maintenance updates from Oakridge Property Management. Up to 5 msgs/mo. Msg & data rates may apply. Reply HELP for help, STOP to cancel.\" The portal links our Privacy Policy and Terms. Screenshots of the settings page are hosted at https://www.oakridgepm.com/sms-optin.",
                Sample1 = "Oakridge Property Management: Rent of $1,450 is due on the 1st. Pay in the resident portal. Reply STOP to opt out.",
                Sample2 = "Oakridge Property Management: Your maintenance request #2231 is scheduled for Wed between 9 and 11 AM. Reply STOP to opt out.",
            }),
        // 11. Gym, marketing, keyword on posters, "Txt" style.
        S("ironworks-gym-marketing", Brand("Ironworks Gym", "Ironworks Fitness Corp", "ironworksgym.com", "ENTERTAINMENT"),
            Replies("Ironworks Gym", "ironworksgym.com") with
            {
                Usecase = UseCases.Marketing,
                Description = "Ironworks Gym is a fitness center. Members who text in receive class schedule news and membership promotions, up to 6 messages per month.",
                MessageFlow = "Members opt in by texting FIT to (312) 555-0187, shown on posters at our front desk and on https://www.ironworksgym.com/text. Poster wording: \"Txt FIT to (312) 555-0187 for deals and class news from Ironworks Gym. Up to 6 msgs/mo. Msg&data rates may apply. Txt HELP for help, STOP to quit. Privacy: ironworksgym.com/privacy Terms: ironworksgym.com/terms\"",
                Sample1 = "Ironworks Gym: Bring a friend free this Saturday! New spin classes at 8 AM. Txt STOP to quit.",
                Sample2 = "Ironworks Gym: Summer deal - 3 months for $99 if you renew by 6/30. Txt STOP to quit.",
                OptinKeywords = "FIT,START",
                OptinMessage = "Ironworks Gym: You're in! Deals & class news, up to 6 msgs/mo. Msg&data rates may apply. Txt HELP for help, STOP to quit.",
            }),
        // 12. Security alerts for a SaaS.
        S("cloudvault-security", Brand("CloudVault", "CloudVault Software Inc.", "cloudvault.io", "TECHNOLOGY"),
            Replies("CloudVault", "cloudvault.io") with
            {
                Usecase = UseCases.SecurityAlert,
                Description = "CloudVault is a file backup service. Account owners who enable text alerts are told about new sign-ins from unknown devices and password changes, message frequency varies.",
                MessageFlow = "Account owners opt in on the security settings page at https://app.cloudvault.io/settings/security by entering a mobile number and checking an optional box: \"Text me security alerts from CloudVault. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel.\" The page links our Privacy Policy and Terms of Service.",
                Sample1 = "CloudVault: New sign-in to your account from Chrome on Windows near Denver, CO. Not you? Reset your password in settings. Reply STOP to opt out.",
                Sample2 = "CloudVault: Your password was changed at 4:02 PM. If this wasn't you, contact support right away. Reply STOP to opt out.",
            }),
        // 13. Fraud alerts for a card issuer.
        S("meridian-fraud", Brand("Meridian Card Services", "Meridian Card Services Inc", "meridiancards.com", "FINANCIAL"),
            Replies("Meridian Card Services", "meridiancards.com") with
            {
                Usecase = UseCases.FraudAlert,
                Description = "Meridian Card Services issues credit cards. Cardholders who opt in receive alerts about unusual transactions on their own card, message frequency varies.",
                MessageFlow = "Cardholders opt in in online banking at https://www.meridiancards.com/alerts by checking an optional box: \"Text me fraud alerts from Meridian Card Services. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel.\" The page links our Privacy Policy and Terms and Conditions.",
                Sample1 = "Meridian Card Services: Did you attempt a $742.19 purchase at ElectroMart? Reply YES or NO. Reply STOP to opt out.",
                Sample2 = "Meridian Card Services: Thanks, we have blocked the transaction and will mail a new card. Reply STOP to opt out.",
            }),
        // 14. Sole proprietor, personal trainer.
        S("sole-prop-trainer", new Brand
            {
                EntityType = EntityTypes.SoleProprietor,
                FirstName = "Dana",
                LastName = "Whitfield",
                DisplayName = "Dana Whitfield Fitness",
                Phone = "+13125550199",
                MobilePhone = "+13125550199",
                Street = "12 Elm St",
                City = "Evanston",
                State = "IL",
                PostalCode = "60201",
                Country = "US",
                Email = "dana@danawhitfieldfitness.com",
                Website = "https://www.danawhitfieldfitness.com",
                Vertical = "ENTERTAINMENT",
            },
            Replies("Dana Whitfield Fitness", "danawhitfieldfitness.com") with
            {
                Usecase = UseCases.SoleProprietor,
                Description = "Dana Whitfield Fitness is a one-person personal training business. Clients receive session reminders and schedule changes, up to 8 messages per month.",
                MessageFlow = "Clients opt in on the booking page at https://www.danawhitfieldfitness.com/book by entering a mobile number and checking an optional box: \"Text me session reminders from Dana Whitfield Fitness. Up to 8 msgs/mo. Msg & data rates may apply. Reply HELP for help, STOP to cancel.\" Privacy Policy and Terms are linked below the form.",
                Sample1 = "Dana Whitfield Fitness: Reminder, training session tomorrow at 7 AM at the park. Reply STOP to opt out.",
                Sample2 = "Dana Whitfield Fitness: Today's 6 PM session moves to 6:30 PM. See you there! Reply STOP to opt out.",
            }),
        // 15. Polling for a homeowners association.
        S("maple-hoa-polling", Brand("Maple Grove HOA", "Maple Grove Homeowners Association", "maplegrovehoa.org", "REAL_ESTATE", EntityTypes.NonProfit, "36-7766554"),
            Replies("Maple Grove HOA", "maplegrovehoa.org") with
            {
                Usecase = UseCases.PollingVoting,
                Description = "Maple Grove HOA runs non-political surveys of its homeowners about community amenities and meeting times, up to 2 messages per month.",
                MessageFlow = "Homeowners opt in on the resident sign-up form at https://www.maplegrovehoa.org/sms by entering a mobile number and checking an optional box: \"Text me community surveys from Maple Grove HOA. Up to 2 msgs/mo. Msg & data rates may apply. Reply HELP for help, STOP to cancel.\" The form links our Privacy Policy and Terms.",
                Sample1 = "Maple Grove HOA survey: Should the pool open at 8 AM or 9 AM this summer? Reply 1 for 8 AM or 2 for 9 AM. Reply STOP to opt out.",
                Sample2 = "Maple Grove HOA: Thanks for voting! Results will be shared at the June meeting. Reply STOP to opt out.",
            }),
        // 16. City public service announcements.
        S("city-psa", Brand("City of Riverton", "City of Riverton", "rivertonil.gov", "GOVERNMENT", EntityTypes.Government, "36-1122334"),
            Replies("City of Riverton", "rivertonil.gov") with
            {
                Usecase = UseCases.PublicServiceAnnouncement,
                Description = "The City of Riverton informs residents about street cleaning, water main work and public meetings, up to 6 messages per month.",
                MessageFlow = "Residents opt in on https://www.rivertonil.gov/alerts by entering a mobile number and checking an optional box: \"Text me city service notices from the City of Riverton. Up to 6 msgs/mo. Msg & data rates may apply. Reply HELP for help, STOP to cancel.\" The page links the city's Privacy Policy and Terms of Use.",
                Sample1 = "City of Riverton: Street cleaning on Oak Ave Tuesday 7-11 AM. Please move parked cars. Reply STOP to opt out.",
                Sample2 = "City of Riverton: Water main repair on 5th St tonight; expect low pressure until 6 AM. Reply STOP to opt out.",
            }),
        // 17. Auto repair, customer care, text-in (conversational style).
        S("precision-auto", Brand("Precision Auto Care", "Precision Auto Care of Illinois Inc.", "precisionautocare.com", "RETAIL"),
            Replies("Precision Auto Care", "precisionautocare.com") with
            {
                Usecase = UseCases.CustomerCare,
                Description = "Precision Auto Care is an auto repair shop. Customers receive repair status updates and estimate approvals for their own vehicles, message frequency varies.",
                MessageFlow = "Customers opt in at drop-off on our tablet check-in form (same form online at https://www.precisionautocare.com/checkin) by entering a mobile number and checking an optional box: \"Text me repair updates from Precision Auto Care. Msg frequency varies. Std msg & data rates may apply. Reply HELP for help, STOP to cancel.\" Privacy Policy and Terms are linked on the form.",
                Sample1 = "Precision Auto Care: Your estimate for front brake pads is $289. Reply APPROVE to proceed or call us with questions. Reply STOP to opt out.",
                Sample2 = "Precision Auto Care: Your 2019 Honda Civic is ready for pickup. We close at 6 PM. Reply STOP to opt out.",
            }),
        // 18. Boutique, marketing, possessive brand.
        S("harpers-boutique", Brand("Harper's Boutique", "Harpers Boutique LLC", "harpersboutique.com", "RETAIL"),
            Replies("Harper's Boutique", "harpersboutique.com") with
            {
                Usecase = UseCases.Marketing,
                Description = "Harper's Boutique is a women's clothing store. Subscribers receive new arrival announcements and sale alerts, up to 6 messages per month.",
                MessageFlow = "Shoppers opt in on https://www.harpersboutique.com/texts or the checkout page by entering a mobile number and checking an unchecked box: \"Sign me up for recurring marketing texts from Harper's Boutique. Up to 6 msgs/mo. Msg & data rates may apply. Reply HELP for help, STOP to cancel. Consent is not a condition of purchase.\" Privacy Policy: harpersboutique.com/privacy Terms: harpersboutique.com/terms",
                Sample1 = "Harper's Boutique: New fall arrivals just landed! Shop now in store. Reply STOP to opt out.",
                Sample2 = "Harpers Boutique: Our semi-annual sale starts Friday: 30% off sweaters. Reply STOP to opt out.",
            }),
        // 19. Veterinary clinic, reminders with an embedded phone.
        S("pawsitive-vet", Brand("Pawsitive Vet Clinic", "Pawsitive Veterinary Clinic PC", "pawsitivevet.com", "HEALTHCARE"),
            Replies("Pawsitive Vet Clinic", "pawsitivevet.com") with
            {
                Usecase = UseCases.AccountNotification,
                Description = "Pawsitive Vet Clinic is a veterinary practice. Pet owners receive vaccination due dates and appointment reminders, up to 4 messages per month.",
                MessageFlow = "Pet owners opt in on our new-client form at https://www.pawsitivevet.com/new-client by entering a mobile number and checking an optional box: \"Text me pet care reminders from Pawsitive Vet Clinic. Up to 4 msgs/mo. Msg & data rates may apply. Reply HELP for help, STOP to cancel.\" The form links our Privacy Policy and Terms.",
                Sample1 = "Pawsitive Vet Clinic: Bella is due for her rabies vaccine. Call (312) 555-0187 to book. Reply STOP to opt out.",
                Sample2 = "Pawsitive Vet Clinic: Reminder, Max's checkup is Thu at 3 PM. Reply STOP to opt out.",
                EmbeddedPhone = true,
            }),
        // 20. Restaurant reservations with an embedded https link.
        S("olive-branch-reservations", Brand("The Olive Branch", "Olive Branch Restaurant Group LLC", "olivebranchchicago.com", "HOSPITALITY"),
            Replies("The Olive Branch", "olivebranchchicago.com") with
            {
                Usecase = UseCases.AccountNotification,
                Description = "The Olive Branch is a restaurant. Guests receive reservation confirmations and reminders for bookings they made, about 2 messages per reservation.",
                MessageFlow = "Guests opt in while booking at https://www.olivebranchchicago.com/reserve by entering a mobile number and checking an optional box: \"Text me reservation updates from The Olive Branch. About 2 msgs per reservation. Msg & data rates may apply. Reply HELP for help, STOP to cancel.\" Privacy Policy and Terms are linked on the booking page.",
                Sample1 = "Olive Branch: Your table for 4 is confirmed for Sat 7:30 PM. Manage it at https://www.olivebranchchicago.com/r/8812. Reply STOP to opt out.",
                Sample2 = "Olive Branch: See you tonight at 7:30 PM! Reply STOP to opt out.",
                EmbeddedLink = true,
            }),
        // 21. Insurance agency, customer care, verbal at the office.
        S("guardian-insurance", Brand("Guardian Shield Insurance", "Guardian Shield Insurance Agency Inc", "guardianshieldins.com", "INSURANCE"),
            Replies("Guardian Shield Insurance", "guardianshieldins.com") with
            {
                Usecase = UseCases.CustomerCare,
                Description = "Guardian Shield Insurance is an independent insurance agency. Policyholders receive answers to their questions and renewal document notices, up to 4 messages per month.",
                MessageFlow = "Policyholders opt in verbally in person at our office or over the phone. Our agents say: \"Can Guardian Shield Insurance text you about your policy and renewals? Up to 4 messages a month. Message and data rates may apply. Reply HELP for help or STOP to opt out anytime. Our privacy policy is at guardianshieldins.com/privacy and terms at guardianshieldins.com/terms.\" Agents log the consent with the date in our CRM.",
                Sample1 = "Guardian Shield Insurance: Your auto policy renews on 7/1. Your new ID cards are ready. Reply STOP to opt out.",
                Sample2 = "Guardian Shield Insurance: Hi Sam, yes, roadside assistance is included in your plan. Reply STOP to opt out.",
            }),
        // 22. K-12 school district notices (public service style) with "Message and data rates".
        S("cedar-school-psa", Brand("Cedar Valley Schools", "Cedar Valley Community School District", "cedarvalleyschools.org", "EDUCATION", EntityTypes.Government, "36-3344556"),
            Replies("Cedar Valley Schools", "cedarvalleyschools.org") with
            {
                Usecase = UseCases.PublicServiceAnnouncement,
                Description = "Cedar Valley Schools informs parents about school closings, late starts and district events, up to 8 messages per month.",
                MessageFlow = "Parents opt in on the district notification page at https://www.cedarvalleyschools.org/text-alerts by entering a mobile number and checking an optional box: \"Text me school notices from Cedar Valley Schools. Up to 8 msgs/mo. Message and data rates may apply. Reply HELP for help, STOP to cancel.\" The page links the district Privacy Policy and Terms.",
                Sample1 = "Cedar Valley Schools: All schools open 2 hours late tomorrow due to ice. Buses run 2 hours late. Reply STOP to opt out.",
                Sample2 = "Cedar Valley Schools: Reminder, no school Monday for Presidents Day. Reply STOP to opt out.",
            }),
        // 23. E-commerce marketing via pop-up form, "Message and data rates may apply".
        S("greenleaf-marketing", Brand("GreenLeaf Home Goods", "GreenLeaf Home Goods Inc.", "greenleafhome.com", "RETAIL"),
            Replies("GreenLeaf Home Goods", "greenleafhome.com") with
            {
                Usecase = UseCases.Marketing,
                Description = "GreenLeaf Home Goods is an online home decor store. Subscribers receive promotional offers, restock alerts and abandoned cart reminders, up to 10 messages per month.",
                MessageFlow = "Visitors opt in through the sign-up form on https://www.greenleafhome.com by entering a mobile number and checking an unchecked box: \"By checking this box, I agree to receive recurring automated marketing texts from GreenLeaf Home Goods at this number. Consent is not a condition of purchase. Up to 10 msgs/mo. Message and data rates may apply. Reply HELP for help and STOP to unsubscribe.\" Privacy Policy https://www.greenleafhome.com/privacy Terms https://www.greenleafhome.com/terms",
                Sample1 = "GreenLeaf Home Goods: Our linen bedding is back in stock. Use code COZY15 for 15% off this week. Reply STOP to unsubscribe.",
                Sample2 = "GreenLeaf Home Goods: You left something in your cart! Complete your order today. Reply STOP to unsubscribe.",
            }),
        // 24. Staffing agency, mixed with customer care and account notifications.
        S("talentbridge-mixed", Brand("TalentBridge Staffing", "TalentBridge Staffing Solutions LLC", "talentbridgestaffing.com", "HUMAN_RESOURCES"),
            Replies("TalentBridge Staffing", "talentbridgestaffing.com") with
            {
                Usecase = UseCases.Mixed,
                SubUsecases = [UseCases.AccountNotification, UseCases.CustomerCare],
                Description = "TalentBridge Staffing places temporary workers. Registered candidates receive shift confirmations and timesheet reminders, and can text our recruiters with questions, up to 10 messages per month.",
                MessageFlow = "Candidates opt in on the application form at https://www.talentbridgestaffing.com/apply by entering a mobile number and checking an optional box: \"Text me shift updates and recruiter replies from TalentBridge Staffing. Up to 10 msgs/mo. Msg & data rates may apply. Reply HELP for help, STOP to cancel.\" The form links our Privacy Policy and Terms.",
                Sample1 = "TalentBridge Staffing: Your shift at Lakeview Warehouse is confirmed for Mon 6 AM-2:30 PM. Reply STOP to opt out.",
                Sample2 = "TalentBridge Staffing: Hi Jordan, thanks for your question. Yes, direct deposit starts after your first week. Reply STOP to opt out.",
            }),
        // 25. Medical lab, results-ready notices with apostrophe-free legal name and display name differing.
        S("clearpath-labs", Brand("ClearPath Labs", "Clear Path Diagnostic Laboratories Inc", "clearpathlabs.com", "HEALTHCARE"),
            Replies("ClearPath Labs", "clearpathlabs.com") with
            {
                Usecase = UseCases.AccountNotification,
                Description = "ClearPath Labs is a diagnostic laboratory. Patients who opt in are told when their results are ready in the patient portal, message frequency varies.",
                MessageFlow = "Patients opt in on the patient portal registration page at https://www.clearpathlabs.com/portal/register by entering a mobile number and checking an optional box: \"Text me when my results are ready from ClearPath Labs. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel.\" The page links our Privacy Policy and Terms.",
                Sample1 = "ClearPath Labs: Your test results are ready. Log in to the patient portal to view them. Reply STOP to opt out.",
                Sample2 = "ClearPath Labs: Reminder, please fast for 8 hours before your blood draw tomorrow at 8 AM. Reply STOP to opt out.",
            }),
    ];
}

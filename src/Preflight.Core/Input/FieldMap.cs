namespace Preflight.Core.Input;

/// <summary>
/// The names a canonical field may arrive under. Keys are compared without case, underscores or hyphens, so
/// <c>optinMessage</c>, <c>optInMessage</c> and Twilio's <c>opt_in_message</c> are one field; names that differ
/// beyond that (Twilio's <c>privacy_policy_url</c>) are listed as aliases.
/// </summary>
internal static class FieldMap
{
    public static string Normalize(string key)
    {
        Span<char> buffer = key.Length <= 128 ? stackalloc char[key.Length] : new char[key.Length];
        var n = 0;
        foreach (var c in key)
            if (c is not ('_' or '-' or ' ')) buffer[n++] = char.ToLowerInvariant(c);
        return new string(buffer[..n]);
    }

    public static class Brand
    {
        public static readonly string[] EntityType = ["entitytype"];
        public static readonly string[] DisplayName = ["displayname", "brandname"];
        public static readonly string[] CompanyName = ["companyname", "businessname", "legalname", "legalcompanyname"];
        public static readonly string[] Ein = ["ein", "taxid", "businessregistrationnumber"];
        public static readonly string[] EinIssuingCountry = ["einissuingcountry"];
        public static readonly string[] FirstName = ["firstname"];
        public static readonly string[] LastName = ["lastname"];
        public static readonly string[] Phone = ["phone", "phonenumber"];
        public static readonly string[] MobilePhone = ["mobilephone"];
        public static readonly string[] Street = ["street", "streetaddress"];
        public static readonly string[] City = ["city"];
        public static readonly string[] State = ["state"];
        public static readonly string[] PostalCode = ["postalcode", "zipcode"];
        public static readonly string[] Country = ["country"];
        public static readonly string[] Email = ["email"];
        public static readonly string[] StockSymbol = ["stocksymbol"];
        public static readonly string[] StockExchange = ["stockexchange"];
        public static readonly string[] Website = ["website", "websiteurl", "businesswebsite"];
        public static readonly string[] Vertical = ["vertical", "businessindustry"];
        public static readonly string[] AltBusinessId = ["altbusinessid"];
        public static readonly string[] AltBusinessIdType = ["altbusinessidtype"];
        public static readonly string[] ReferenceId = ["referenceid"];
        public static readonly string[] BusinessContactEmail = ["businesscontactemail"];
        public static readonly string[] IdentityStatus = ["identitystatus"];
        public static readonly string[] BrandId = ["brandid"];
    }

    public static class Campaign
    {
        public static readonly string[] CampaignId = ["campaignid", "sid"];
        public static readonly string[] BrandId = ["brandid", "brandregistrationsid"];
        public static readonly string[] Usecase = ["usecase", "usapptopersonusecase"];
        public static readonly string[] SubUsecases = ["subusecases"];
        public static readonly string[] Vertical = ["vertical"];
        public static readonly string[] Description = ["description"];
        public static readonly string[] MessageFlow = ["messageflow"];
        public static readonly string[] MessageSamples = ["messagesamples"];
        public static readonly string[] OptinKeywords = ["optinkeywords"];
        public static readonly string[] OptinMessage = ["optinmessage"];
        public static readonly string[] OptoutKeywords = ["optoutkeywords"];
        public static readonly string[] OptoutMessage = ["optoutmessage"];
        public static readonly string[] HelpKeywords = ["helpkeywords"];
        public static readonly string[] HelpMessage = ["helpmessage"];
        public static readonly string[] EmbeddedLink = ["embeddedlink", "hasembeddedlinks", "hasembeddedlink"];
        public static readonly string[] EmbeddedLinkSample = ["embeddedlinksample"];
        public static readonly string[] EmbeddedPhone = ["embeddedphone", "hasembeddedphone", "hasembeddedphones"];
        public static readonly string[] NumberPool = ["numberpool"];
        public static readonly string[] AgeGated = ["agegated"];
        public static readonly string[] DirectLending = ["directlending"];
        public static readonly string[] AffiliateMarketing = ["affiliatemarketing"];
        public static readonly string[] SubscriberOptin = ["subscriberoptin"];
        public static readonly string[] SubscriberOptout = ["subscriberoptout"];
        public static readonly string[] SubscriberHelp = ["subscriberhelp"];
        public static readonly string[] TermsAndConditions = ["termsandconditions"];
        public static readonly string[] PrivacyPolicyLink = ["privacypolicylink", "privacypolicyurl"];
        public static readonly string[] TermsAndConditionsLink = ["termsandconditionslink", "termsandconditionsurl"];
        public static readonly string[] ReferenceId = ["referenceid"];
        public static readonly string[] MnoIds = ["mnoids"];

        /// <summary>Keys that mark a top-level object as a campaign (a bare Twilio campaign rather than the wrapper).</summary>
        public static readonly HashSet<string> Markers = new(StringComparer.Ordinal)
        {
            "usecase", "usapptopersonusecase", "description", "messageflow", "messagesamples", "sample1",
            "optinmessage", "optoutmessage", "helpmessage", "optinkeywords", "optoutkeywords", "helpkeywords",
        };
    }
}

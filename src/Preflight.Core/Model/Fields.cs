namespace Preflight.Core.Model;

/// <summary>JSON pointers of the canonical submission shape; evidence names fields with these.</summary>
public static class Fields
{
    public const string Brand = "/brand";
    public const string EntityType = "/brand/entityType";
    public const string DisplayName = "/brand/displayName";
    public const string CompanyName = "/brand/companyName";
    public const string Ein = "/brand/ein";
    public const string EinIssuingCountry = "/brand/einIssuingCountry";
    public const string FirstName = "/brand/firstName";
    public const string LastName = "/brand/lastName";
    public const string Phone = "/brand/phone";
    public const string MobilePhone = "/brand/mobilePhone";
    public const string Email = "/brand/email";
    public const string StockSymbol = "/brand/stockSymbol";
    public const string StockExchange = "/brand/stockExchange";
    public const string Website = "/brand/website";
    public const string BrandVertical = "/brand/vertical";
    public const string BusinessContactEmail = "/brand/businessContactEmail";
    public const string BrandReferenceId = "/brand/referenceId";

    public const string Campaign = "/campaign";
    public const string Usecase = "/campaign/usecase";
    public const string SubUsecases = "/campaign/subUsecases";
    public const string Description = "/campaign/description";
    public const string MessageFlow = "/campaign/messageFlow";
    public const string Sample1 = "/campaign/sample1";
    public const string Sample2 = "/campaign/sample2";
    public const string Sample3 = "/campaign/sample3";
    public const string Sample4 = "/campaign/sample4";
    public const string Sample5 = "/campaign/sample5";
    public const string OptinKeywords = "/campaign/optinKeywords";
    public const string OptinMessage = "/campaign/optinMessage";
    public const string OptoutKeywords = "/campaign/optoutKeywords";
    public const string OptoutMessage = "/campaign/optoutMessage";
    public const string HelpKeywords = "/campaign/helpKeywords";
    public const string HelpMessage = "/campaign/helpMessage";
    public const string EmbeddedLink = "/campaign/embeddedLink";
    public const string EmbeddedLinkSample = "/campaign/embeddedLinkSample";
    public const string EmbeddedPhone = "/campaign/embeddedPhone";
    public const string NumberPool = "/campaign/numberPool";
    public const string AgeGated = "/campaign/ageGated";
    public const string DirectLending = "/campaign/directLending";
    public const string AffiliateMarketing = "/campaign/affiliateMarketing";
    public const string SubscriberOptin = "/campaign/subscriberOptin";
    public const string SubscriberOptout = "/campaign/subscriberOptout";
    public const string SubscriberHelp = "/campaign/subscriberHelp";
    public const string PrivacyPolicyLink = "/campaign/privacyPolicyLink";
    public const string TermsAndConditionsLink = "/campaign/termsAndConditionsLink";
}

namespace Preflight.Core.Model;

/// <summary>The registry's use-case identifiers.</summary>
public static class UseCases
{
    public const string TwoFactor = "2FA";
    public const string AccountNotification = "ACCOUNT_NOTIFICATION";
    public const string AgentsFranchises = "AGENTS_FRANCHISES";
    public const string CarrierExempt = "CARRIER_EXEMPT";
    public const string Charity = "CHARITY";
    public const string Conversational = "CONVERSATIONAL";
    public const string CustomerCare = "CUSTOMER_CARE";
    public const string DeliveryNotification = "DELIVERY_NOTIFICATION";
    public const string Emergency = "EMERGENCY";
    public const string FraudAlert = "FRAUD_ALERT";
    public const string HigherEducation = "HIGHER_EDUCATION";
    public const string K12Education = "K12_EDUCATION";
    public const string LowVolume = "LOW_VOLUME";
    public const string Marketing = "MARKETING";
    public const string Mixed = "MIXED";
    public const string Political = "POLITICAL";
    public const string PollingVoting = "POLLING_VOTING";
    public const string Proxy = "PROXY";
    public const string PublicServiceAnnouncement = "PUBLIC_SERVICE_ANNOUNCEMENT";
    public const string SecurityAlert = "SECURITY_ALERT";
    public const string Social = "SOCIAL";
    public const string SoleProprietor = "SOLE_PROPRIETOR";
    public const string Sweepstake = "SWEEPSTAKE";
    public const string Trial = "TRIAL";
    public const string UcaasLow = "UCAAS_LOW";
    public const string UcaasHigh = "UCAAS_HIGH";
    public const string M2M = "M2M";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        TwoFactor, AccountNotification, AgentsFranchises, CarrierExempt, Charity, Conversational, CustomerCare,
        DeliveryNotification, Emergency, FraudAlert, HigherEducation, K12Education, LowVolume, Marketing, Mixed,
        Political, PollingVoting, Proxy, PublicServiceAnnouncement, SecurityAlert, Social, SoleProprietor,
        Sweepstake, Trial, UcaasLow, UcaasHigh, M2M,
    };

    /// <summary>Use cases allowed as sub-use-cases of MIXED and LOW_VOLUME.</summary>
    public static readonly IReadOnlySet<string> SubUseCases = new HashSet<string>(StringComparer.Ordinal)
    {
        TwoFactor, AccountNotification, CustomerCare, DeliveryNotification, FraudAlert, HigherEducation, Marketing,
        PollingVoting, PublicServiceAnnouncement, SecurityAlert,
    };

    /// <summary>Use cases whose campaigns combine several sub-use-cases.</summary>
    public static bool IsComposite(string? useCase) => useCase is Mixed or LowVolume;
}

using Preflight.Core.Model;

namespace Preflight.Core.Rules.Brand;

/// <summary>Facts about the brand record that several brand rules read.</summary>
internal static class BrandFacts
{
    /// <summary>The registry's brand verticals.</summary>
    public static readonly IReadOnlySet<string> Verticals = new HashSet<string>(StringComparer.Ordinal)
    {
        "AGRICULTURE", "COMMUNICATION", "CONSTRUCTION", "EDUCATION", "ENERGY", "ENTERTAINMENT", "FINANCIAL", "GAMBLING",
        "GOVERNMENT", "HEALTHCARE", "HOSPITALITY", "HUMAN_RESOURCES", "INSURANCE", "LEGAL", "MANUFACTURING", "NGO",
        "POLITICAL", "POSTAL", "PROFESSIONAL", "REAL_ESTATE", "RETAIL", "TECHNOLOGY", "TRANSPORTATION",
    };

    /// <summary>The entity type trimmed and upper-cased, or "" when missing.</summary>
    public static string EntityType(Model.Brand brand) => (brand.EntityType ?? "").Trim().ToUpperInvariant();

    public static bool IsSoleProprietor(Model.Brand brand) => EntityType(brand) == EntityTypes.SoleProprietor;

    /// <summary>One of the four entity types that register as a business with an EIN.</summary>
    public static bool IsBusiness(Model.Brand brand) =>
        EntityType(brand) is EntityTypes.PrivateProfit or EntityTypes.PublicProfit or EntityTypes.NonProfit or EntityTypes.Government;

    /// <summary>A listed company: registered as PUBLIC_PROFIT, or a business that gives a stock symbol.</summary>
    public static bool IsPublic(Model.Brand brand) =>
        EntityType(brand) == EntityTypes.PublicProfit || (IsBusiness(brand) && !string.IsNullOrWhiteSpace(brand.StockSymbol));

    /// <summary>The EIN was issued in the United States (or no country is given, the registry's default).</summary>
    public static bool IsUsTaxId(Model.Brand brand) =>
        (brand.EinIssuingCountry ?? "").Trim().ToUpperInvariant() is "" or "US" or "USA";

    public static string Digits(string? s) => string.IsNullOrEmpty(s) ? "" : string.Concat(s.Where(char.IsAsciiDigit));

    /// <summary>The domain of an e-mail address, lower-cased ("gmail.com"), or null when it has none.</summary>
    public static string? EmailDomain(string? email)
    {
        if (string.IsNullOrWhiteSpace(email)) return null;
        var at = email.LastIndexOf('@');
        if (at < 0 || at == email.Length - 1) return null;
        var domain = email[(at + 1)..].Trim().TrimEnd('.').ToLowerInvariant();
        return domain.Length == 0 ? null : domain;
    }

    /// <summary>The brand's own web host without "www.", for suggesting an e-mail domain; null when unknown.</summary>
    public static string? WebsiteHost(Model.Brand brand)
    {
        if (string.IsNullOrWhiteSpace(brand.Website)) return null;
        var s = brand.Website.Trim().ToLowerInvariant();
        var scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) s = s[(scheme + 3)..];
        var end = s.IndexOfAny(['/', '?', '#', ':']);
        if (end >= 0) s = s[..end];
        if (s.StartsWith("www.", StringComparison.Ordinal)) s = s[4..];
        return s.Length == 0 || !s.Contains('.', StringComparison.Ordinal) ? null : s;
    }

    /// <summary>How people should read a brand in a message: display name, else legal name, else the person.</summary>
    public static string Name(Model.Brand brand) =>
        new[] { brand.DisplayName, brand.CompanyName, $"{brand.FirstName} {brand.LastName}" }
            .FirstOrDefault(n => !string.IsNullOrWhiteSpace(n))?.Trim() ?? "the brand";
}

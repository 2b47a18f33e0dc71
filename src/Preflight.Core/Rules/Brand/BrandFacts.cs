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

    public static bool IsSoleProprietor(Model.Brand brand) => UpperIs(brand.EntityType, EntityTypes.SoleProprietor);

    /// <summary>One of the four entity types that register as a business with an EIN.</summary>
    public static bool IsBusiness(Model.Brand brand) =>
        UpperIs(brand.EntityType, EntityTypes.PrivateProfit, EntityTypes.PublicProfit, EntityTypes.NonProfit, EntityTypes.Government);

    /// <summary>A listed company: registered as PUBLIC_PROFIT, or a business that gives a stock symbol.</summary>
    public static bool IsPublic(Model.Brand brand) =>
        UpperIs(brand.EntityType, EntityTypes.PublicProfit) || (IsBusiness(brand) && !string.IsNullOrWhiteSpace(brand.StockSymbol));

    /// <summary>The EIN was issued in the United States (or no country is given, the registry's default).</summary>
    public static bool IsUsTaxId(Model.Brand brand) => UpperIs(brand.EinIssuingCountry, "", "US", "USA");

    /// <summary>
    /// Whether <paramref name="value"/> (null read as ""), trimmed and upper-cased, is one of <paramref name="upper"/>
    /// (each in capitals), without the upper-cased copy for an ASCII value: there upper-casing changes only a-z, so it
    /// is the comparison ignoring case. Other text is upper-cased as before, since outside ASCII the two may differ.
    /// </summary>
    public static bool UpperIs(string? value, params ReadOnlySpan<string> upper)
    {
        var trimmed = value.AsSpan().Trim();
        if (!System.Text.Ascii.IsValid(trimmed))
        {
            var copy = trimmed.ToString().ToUpperInvariant();
            foreach (var u in upper)
                if (copy == u) return true;
            return false;
        }
        foreach (var u in upper)
            if (trimmed.Equals(u, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    public static string Digits(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        var count = 0;
        foreach (var c in s)
            if (char.IsAsciiDigit(c)) count++;
        if (count == s.Length) return s;
        return string.Create(count, s, static (digits, s) =>
        {
            var n = 0;
            foreach (var c in s)
                if (char.IsAsciiDigit(c)) digits[n++] = c;
        });
    }

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

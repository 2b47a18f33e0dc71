using System.Text.Json;

namespace Preflight.Core.Model;

/// <summary>A brand as the registry's CSP API names its fields.</summary>
public sealed record Brand
{
    public string? EntityType { get; init; }
    public string? DisplayName { get; init; }
    public string? CompanyName { get; init; }
    public string? Ein { get; init; }
    public string? EinIssuingCountry { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Phone { get; init; }
    public string? MobilePhone { get; init; }
    public string? Street { get; init; }
    public string? City { get; init; }
    public string? State { get; init; }
    public string? PostalCode { get; init; }
    public string? Country { get; init; }
    public string? Email { get; init; }
    public string? StockSymbol { get; init; }
    public string? StockExchange { get; init; }
    public string? Website { get; init; }
    public string? Vertical { get; init; }
    public string? AltBusinessId { get; init; }
    public string? AltBusinessIdType { get; init; }
    public string? ReferenceId { get; init; }
    public string? BusinessContactEmail { get; init; }
    public string? IdentityStatus { get; init; }
    public string? BrandId { get; init; }

    /// <summary>Fields the model does not know, kept as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> Extra { get; init; } = EmptyExtra.Value;

    public bool IsSoleProprietor => string.Equals(EntityType, EntityTypes.SoleProprietor, StringComparison.OrdinalIgnoreCase);
}

internal static class EmptyExtra
{
    public static readonly IReadOnlyDictionary<string, JsonElement> Value = new Dictionary<string, JsonElement>();
}

using Preflight.Core.Model;

namespace Preflight.Core.Tests.Rules.Brand;

/// <summary>Real-world brands built from the golden submission: punctuation, accents, sole proprietors, public companies.</summary>
internal static class BrandVariants
{
    public static Submission JoesPizza => Golden.WithBrand(b => b with
    {
        DisplayName = "Joe's Pizza & Grill", CompanyName = "Joes Pizza & Grill LLC", Email = "joe@joespizzagrill.com",
        Website = "https://joespizzagrill.com", Vertical = "HOSPITALITY",
    });

    public static Submission CafeZoe => Golden.WithBrand(b => b with
    {
        DisplayName = "Café Zoë", CompanyName = "Café Zoë Inc", Email = "bonjour@cafezoe.com", Website = "https://cafezoe.com",
        Vertical = "HOSPITALITY",
    });

    public static Submission SoleProprietor => Golden.WithBrand(b => b with
    {
        EntityType = EntityTypes.SoleProprietor, DisplayName = "Zoë's Dog Walking", CompanyName = null, Ein = null,
        EinIssuingCountry = null, FirstName = "Zoë", LastName = "O'Neil", MobilePhone = "+17205550123",
        Email = "zoe.oneil@gmail.com", Website = "https://www.instagram.com/zoesdogwalking", Vertical = null,
    }) with { Campaign = Golden.Campaign with { Usecase = UseCases.SoleProprietor } };

    public static Submission PublicCompany => Golden.WithBrand(b => b with
    {
        EntityType = EntityTypes.PublicProfit, DisplayName = "Front Range Bank", CompanyName = "Front Range Bancorp Inc",
        Ein = "84-2345678", StockSymbol = "FRBK", StockExchange = "NASDAQ", Email = "compliance@frontrangebank.com",
        BusinessContactEmail = "it-admin@frontrangebank.com", Website = "https://www.frontrangebank.com", Vertical = "FINANCIAL",
    });

    public static Submission NonProfit => Golden.WithBrand(b => b with
    {
        EntityType = EntityTypes.NonProfit, DisplayName = "Denver Food Rescue", CompanyName = "Denver Food Rescue",
        Ein = "27-1234567", Email = "info@denverfoodrescue.org", Website = "https://denverfoodrescue.org", Vertical = "NGO",
    });

    public static TheoryData<string> Names => new() { "golden", "joes", "cafe", "sole", "public", "nonprofit" };

    public static Submission ByName(string name) => name switch
    {
        "joes" => JoesPizza,
        "cafe" => CafeZoe,
        "sole" => SoleProprietor,
        "public" => PublicCompany,
        "nonprofit" => NonProfit,
        _ => Golden.Submission,
    };
}

namespace Preflight.Core.Model;

public static class EntityTypes
{
    public const string PrivateProfit = "PRIVATE_PROFIT";
    public const string PublicProfit = "PUBLIC_PROFIT";
    public const string NonProfit = "NON_PROFIT";
    public const string Government = "GOVERNMENT";
    public const string SoleProprietor = "SOLE_PROPRIETOR";

    public static readonly IReadOnlyList<string> All = [PrivateProfit, PublicProfit, NonProfit, Government, SoleProprietor];
}

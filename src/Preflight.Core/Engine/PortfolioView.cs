namespace Preflight.Core.Engine;

/// <summary>Another submission in the same portfolio that matches this one.</summary>
/// <param name="Source">The other submission's file name or line.</param>
/// <param name="Similarity">1.0 for identical content after normalisation.</param>
public sealed record PortfolioMatch(string Source, string? CampaignId, string? BrandName, double Similarity);

/// <summary>What the portfolio says about one submission; computed once for the whole portfolio.</summary>
public sealed record PortfolioView
{
    public int Size { get; init; }

    /// <summary>Other campaigns with the same or nearly the same description, company, website, flow and samples.</summary>
    public IReadOnlyList<PortfolioMatch> DuplicateCampaigns { get; init; } = [];

    /// <summary>Other brands (different names) registered with the same EIN.</summary>
    public IReadOnlyList<PortfolioMatch> SameEinBrands { get; init; } = [];
}

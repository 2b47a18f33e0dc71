namespace Preflight.Core.Engine;

/// <summary>Another submission in the same portfolio that matches this one.</summary>
/// <param name="Source">The other submission's file name or line.</param>
/// <param name="Similarity">1.0 for identical content after normalisation.</param>
public sealed record PortfolioMatch(string Source, string? CampaignId, string? BrandName, double Similarity);

/// <summary>What the portfolio says about one submission; computed once for the whole portfolio.</summary>
public sealed record PortfolioView
{
    /// <summary>How many matches a list below holds at most; the totals count them all.</summary>
    public const int MaxListed = 20;

    public int Size { get; init; }

    /// <summary>Other campaigns with the same or nearly the same description, company, website, flow and samples.</summary>
    public IReadOnlyList<PortfolioMatch> DuplicateCampaigns { get; init; } = [];

    /// <summary>Other brands (different names) registered with the same EIN.</summary>
    public IReadOnlyList<PortfolioMatch> SameEinBrands { get; init; } = [];

    /// <summary>How many other campaigns duplicate this one (<see cref="DuplicateCampaigns"/> lists at most <see cref="MaxListed"/>).</summary>
    public int DuplicateCampaignTotal { get; init; }

    /// <summary>How many other brands share this EIN (<see cref="SameEinBrands"/> lists at most <see cref="MaxListed"/>).</summary>
    public int SameEinBrandTotal { get; init; }

    /// <summary>
    /// Distinct campaigns of this submission's brand in the portfolio, this one included (submissions with the same
    /// campaign ID count once); 0 when the brand cannot be told apart from others.
    /// </summary>
    public int BrandCampaignCount { get; init; }

    /// <summary>The brand's other campaigns in the portfolio (first submission of each), at most <see cref="MaxListed"/>.</summary>
    public IReadOnlyList<PortfolioMatch> OtherBrandCampaigns { get; init; } = [];
}

using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Tests.Rules.Portfolio;

/// <summary>Builds a portfolio around the submission under test and returns the view the rules see for it.</summary>
internal static class PortfolioOf
{
    public static PortfolioView View(Submission subject, params Submission[] others) =>
        PortfolioIndex.Build([subject, .. others]).For(0);

    public static Submission Named(this Submission s, string source, string? campaignId = null) =>
        s with { Source = source, Campaign = s.Campaign with { CampaignId = campaignId ?? s.Campaign.CampaignId } };
}

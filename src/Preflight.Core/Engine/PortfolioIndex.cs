using Preflight.Core.Model;

namespace Preflight.Core.Engine;

/// <summary>Cross-submission facts for the portfolio rules (duplicate campaigns, one EIN on several brands).</summary>
public sealed class PortfolioIndex
{
    private readonly PortfolioView[] _views;

    private PortfolioIndex(PortfolioView[] views) => _views = views;

    public PortfolioView For(int index) => _views[index];

    public static PortfolioIndex Build(IReadOnlyList<Submission> submissions)
    {
        var views = new PortfolioView[submissions.Count];
        for (var i = 0; i < views.Length; i++) views[i] = new PortfolioView { Size = submissions.Count };
        return new PortfolioIndex(views);
    }
}

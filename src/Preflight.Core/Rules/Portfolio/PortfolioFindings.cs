using System.Globalization;
using Preflight.Core.Engine;

namespace Preflight.Core.Rules.Portfolio;

/// <summary>Wording shared by the portfolio rules.</summary>
internal static class PortfolioFindings
{
    /// <summary>Evidence that comes from comparing the submission with the rest of the portfolio.</summary>
    public static Evidence Evidence(string pointer, string? excerpt) => new()
    {
        Source = "portfolio",
        Path = pointer,
        Excerpt = Engine.Evidence.Trim(excerpt),
    };

    /// <summary>"\"b.json\" (campaign C2, Acme), \"c.json\" and 3 more".</summary>
    public static string List(IReadOnlyList<PortfolioMatch> matches, int total, bool similarity = false, int show = 5)
    {
        var parts = matches.Take(show).Select(m => Describe(m, similarity)).ToList();
        var rest = Math.Max(total, matches.Count) - parts.Count;
        var text = string.Join(", ", parts);
        return rest > 0 ? $"{text} and {rest.ToString(CultureInfo.InvariantCulture)} more" : text;
    }

    private static string Describe(PortfolioMatch m, bool similarity)
    {
        var details = new List<string>(3);
        if (!string.IsNullOrWhiteSpace(m.CampaignId)) details.Add("campaign " + m.CampaignId);
        if (!string.IsNullOrWhiteSpace(m.BrandName)) details.Add($"\"{m.BrandName}\"");
        if (similarity) details.Add(m.Similarity >= 0.9995 ? "identical" : $"{(m.Similarity * 100).ToString("F0", CultureInfo.InvariantCulture)}% similar");
        return details.Count == 0 ? $"\"{m.Source}\"" : $"\"{m.Source}\" ({string.Join(", ", details)})";
    }
}

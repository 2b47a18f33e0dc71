using Preflight.Core.Model;

namespace Preflight.Core.Text;

/// <summary>One mention of a content category and the field it is in.</summary>
public sealed record FieldContentHit(string Pointer, string Text, ContentHit Hit)
{
    public TextMatch Match => Hit.Match;
}

/// <summary>
/// Content mentions gathered across several fields of a submission, so a rule can judge them together: two different
/// weak words in two fields ("loan" in the description, "lender" in a sample) make a confident detection, one weak word
/// alone does not.
/// </summary>
public static class ContentEvidence
{
    /// <summary>The campaign's free-text fields a content rule reads: description, message flow, samples, keyword replies.</summary>
    public static IReadOnlyList<string> CampaignText { get; } =
    [
        Fields.Description, Fields.MessageFlow, Fields.Sample1, Fields.Sample2, Fields.Sample3, Fields.Sample4, Fields.Sample5,
        Fields.OptinMessage, Fields.OptoutMessage, Fields.HelpMessage, Fields.EmbeddedLinkSample,
    ];

    /// <summary>The description and the message flow.</summary>
    public static IReadOnlyList<string> DescriptionAndFlow { get; } = [Fields.Description, Fields.MessageFlow];

    /// <summary>The five sample messages.</summary>
    public static IReadOnlyList<string> Samples { get; } = [Fields.Sample1, Fields.Sample2, Fields.Sample3, Fields.Sample4, Fields.Sample5];

    /// <summary>The brand's names, which a content rule also reads ("Green Leaf CBD LLC").</summary>
    public static IReadOnlyList<string> BrandNames { get; } = [Fields.DisplayName, Fields.CompanyName];

    /// <summary>Every mention of the category in the given fields, in field order.</summary>
    public static IReadOnlyList<FieldContentHit> Collect(SubmissionAnalysis text, ContentCategory category, IEnumerable<string> pointers)
    {
        List<FieldContentHit>? list = null;
        // The field lists above are read by index, so that no enumerator is allocated for them or for the hits.
        if (pointers is IReadOnlyList<string> fields)
            for (var i = 0; i < fields.Count; i++) list = Add(list, text, category, fields[i]);
        else
            foreach (var p in pointers) list = Add(list, text, category, p);
        return list ?? (IReadOnlyList<FieldContentHit>)[];
    }

    private static List<FieldContentHit>? Add(List<FieldContentHit>? list, SubmissionAnalysis text, ContentCategory category, string pointer)
    {
        var f = text.Field(pointer);
        if (f.IsEmpty) return list;
        var hits = f.ContentHits(category);
        for (var i = 0; i < hits.Count; i++) (list ??= []).Add(new FieldContentHit(pointer, f.Text, hits[i]));
        return list;
    }

    /// <summary>The mentions worth reporting when they are confident together; empty otherwise.</summary>
    public static IReadOnlyList<FieldContentHit> Confident(IReadOnlyList<FieldContentHit> hits) =>
        hits.Count > 0 && ContentClassifier.IsConfident(hits.Select(h => h.Hit)) ? hits : [];

    /// <summary>The distinct phrases found, quoted, for a finding's message: "CBD oil", "hemp".</summary>
    public static string Quote(IEnumerable<FieldContentHit> hits, int max = 4) =>
        string.Join(", ", hits.Select(h => h.Match.Value).Distinct(StringComparer.OrdinalIgnoreCase).Take(max).Select(v => $"\"{v}\""));
}

using System.Text.Json;

namespace Preflight.Core.Model;

/// <summary>A campaign as the registry's CSP API names its fields. Keyword fields stay comma-separated strings.</summary>
public sealed record Campaign
{
    public string? CampaignId { get; init; }
    public string? BrandId { get; init; }
    public string? Usecase { get; init; }
    public IReadOnlyList<string> SubUsecases { get; init; } = [];
    public string? Vertical { get; init; }
    public string? Description { get; init; }
    public string? MessageFlow { get; init; }
    public string? Sample1 { get; init; }
    public string? Sample2 { get; init; }
    public string? Sample3 { get; init; }
    public string? Sample4 { get; init; }
    public string? Sample5 { get; init; }
    public string? OptinKeywords { get; init; }
    public string? OptinMessage { get; init; }
    public string? OptoutKeywords { get; init; }
    public string? OptoutMessage { get; init; }
    public string? HelpKeywords { get; init; }
    public string? HelpMessage { get; init; }
    public bool? EmbeddedLink { get; init; }
    public string? EmbeddedLinkSample { get; init; }
    public bool? EmbeddedPhone { get; init; }
    public bool? NumberPool { get; init; }
    public bool? AgeGated { get; init; }
    public bool? DirectLending { get; init; }
    public bool? AffiliateMarketing { get; init; }
    public bool? SubscriberOptin { get; init; }
    public bool? SubscriberOptout { get; init; }
    public bool? SubscriberHelp { get; init; }
    public bool? TermsAndConditions { get; init; }
    public string? PrivacyPolicyLink { get; init; }
    public string? TermsAndConditionsLink { get; init; }
    public string? ReferenceId { get; init; }
    public IReadOnlyList<string> MnoIds { get; init; } = [];

    /// <summary>Fields the model does not know, kept as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> Extra { get; init; } = EmptyExtra.Value;

    /// <summary>The non-empty samples with their JSON pointers, in order.</summary>
    public IReadOnlyList<TextField> Samples
    {
        get
        {
            var list = new List<TextField>(5);
            Add(list, Fields.Sample1, Sample1);
            Add(list, Fields.Sample2, Sample2);
            Add(list, Fields.Sample3, Sample3);
            Add(list, Fields.Sample4, Sample4);
            Add(list, Fields.Sample5, Sample5);
            return list;

            static void Add(List<TextField> l, string p, string? v)
            {
                if (!string.IsNullOrWhiteSpace(v)) l.Add(new TextField(p, v));
            }
        }
    }

    /// <summary>All use cases the campaign covers: the main one and, for composite ones, its sub-use-cases.</summary>
    public IReadOnlyList<string> AllUseCases
    {
        get
        {
            var list = new List<string>();
            if (!string.IsNullOrWhiteSpace(Usecase)) list.Add(Usecase.Trim().ToUpperInvariant());
            foreach (var s in SubUsecases)
                if (!string.IsNullOrWhiteSpace(s)) list.Add(s.Trim().ToUpperInvariant());
            return list;
        }
    }

    public bool HasUseCase(string useCase)
    {
        // AllUseCases.Contains(useCase), without building the list: rules ask this on every submission.
        if (Names(Usecase, useCase)) return true;
        foreach (var s in SubUsecases)
            if (Names(s, useCase)) return true;
        return false;
    }

    // Whether a use-case field, trimmed and upper-cased as AllUseCases gives it, is exactly useCase. An ASCII field is
    // upper-cased character by character in place (only a-z change); any other is upper-cased as AllUseCases does.
    private static bool Names(string? field, string useCase)
    {
        if (string.IsNullOrWhiteSpace(field)) return false;
        var t = field.AsSpan().Trim();
        if (!System.Text.Ascii.IsValid(t)) return string.Equals(t.ToString().ToUpperInvariant(), useCase, StringComparison.Ordinal);
        if (t.Length != useCase.Length) return false;
        for (var i = 0; i < t.Length; i++)
            if ((char.IsAsciiLetterLower(t[i]) ? (char)(t[i] - 32) : t[i]) != useCase[i]) return false;
        return true;
    }

    /// <summary>Splits a registry keyword field ("STOP,END, quit") into its keywords, trimmed, case kept.</summary>
    public static IReadOnlyList<string> SplitKeywords(string? field) =>
        string.IsNullOrWhiteSpace(field)
            ? []
            : field.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A text field of the submission and where it lives.</summary>
public sealed record TextField(string Pointer, string Value);

using Preflight.Core.Model;

namespace Preflight.Core.Reporting;

/// <summary>A field of the submission as reports show it.</summary>
public sealed record ShownField(string Pointer, string Label, string Value);

/// <summary>Every filled field of a submission, in the order a reviewer reads them.</summary>
public static class SubmissionFields
{
    private static readonly (string Pointer, string Label, Func<Submission, string?> Value)[] Table =
    [
        (Fields.EntityType, "Entity type", s => s.Brand.EntityType),
        (Fields.DisplayName, "Brand name", s => s.Brand.DisplayName),
        (Fields.CompanyName, "Legal company name", s => s.Brand.CompanyName),
        (Fields.FirstName, "First name", s => s.Brand.FirstName),
        (Fields.LastName, "Last name", s => s.Brand.LastName),
        (Fields.Ein, "EIN", s => s.Brand.Ein),
        (Fields.EinIssuingCountry, "EIN issuing country", s => s.Brand.EinIssuingCountry),
        (Fields.StockSymbol, "Stock symbol", s => s.Brand.StockSymbol),
        (Fields.StockExchange, "Stock exchange", s => s.Brand.StockExchange),
        (Fields.Website, "Website", s => s.Brand.Website),
        (Fields.Email, "Email", s => s.Brand.Email),
        (Fields.BusinessContactEmail, "Business contact email", s => s.Brand.BusinessContactEmail),
        (Fields.Phone, "Phone", s => s.Brand.Phone),
        (Fields.MobilePhone, "Mobile phone", s => s.Brand.MobilePhone),
        ("/brand/street", "Street", s => s.Brand.Street),
        ("/brand/city", "City", s => s.Brand.City),
        ("/brand/state", "State", s => s.Brand.State),
        ("/brand/postalCode", "Postal code", s => s.Brand.PostalCode),
        ("/brand/country", "Country", s => s.Brand.Country),
        (Fields.BrandVertical, "Vertical", s => s.Brand.Vertical),
        (Fields.BrandReferenceId, "Reference ID", s => s.Brand.ReferenceId),
        (Fields.Usecase, "Use case", s => s.Campaign.Usecase),
        (Fields.SubUsecases, "Sub-use-cases", s => s.Campaign.SubUsecases.Count == 0 ? null : string.Join(", ", s.Campaign.SubUsecases)),
        (Fields.Description, "Campaign description", s => s.Campaign.Description),
        (Fields.MessageFlow, "Message flow / call to action", s => s.Campaign.MessageFlow),
        (Fields.Sample1, "Sample message 1", s => s.Campaign.Sample1),
        (Fields.Sample2, "Sample message 2", s => s.Campaign.Sample2),
        (Fields.Sample3, "Sample message 3", s => s.Campaign.Sample3),
        (Fields.Sample4, "Sample message 4", s => s.Campaign.Sample4),
        (Fields.Sample5, "Sample message 5", s => s.Campaign.Sample5),
        (Fields.OptinKeywords, "Opt-in keywords", s => s.Campaign.OptinKeywords),
        (Fields.OptinMessage, "Opt-in message", s => s.Campaign.OptinMessage),
        (Fields.OptoutKeywords, "Opt-out keywords", s => s.Campaign.OptoutKeywords),
        (Fields.OptoutMessage, "Opt-out message", s => s.Campaign.OptoutMessage),
        (Fields.HelpKeywords, "Help keywords", s => s.Campaign.HelpKeywords),
        (Fields.HelpMessage, "Help message", s => s.Campaign.HelpMessage),
        (Fields.EmbeddedLink, "Embedded link", s => Bool(s.Campaign.EmbeddedLink)),
        (Fields.EmbeddedLinkSample, "Embedded link sample", s => s.Campaign.EmbeddedLinkSample),
        (Fields.EmbeddedPhone, "Embedded phone", s => Bool(s.Campaign.EmbeddedPhone)),
        (Fields.NumberPool, "Number pool", s => Bool(s.Campaign.NumberPool)),
        (Fields.AgeGated, "Age-gated content", s => Bool(s.Campaign.AgeGated)),
        (Fields.DirectLending, "Direct lending", s => Bool(s.Campaign.DirectLending)),
        (Fields.AffiliateMarketing, "Affiliate marketing", s => Bool(s.Campaign.AffiliateMarketing)),
        (Fields.SubscriberOptin, "Subscriber opt-in", s => Bool(s.Campaign.SubscriberOptin)),
        (Fields.SubscriberOptout, "Subscriber opt-out", s => Bool(s.Campaign.SubscriberOptout)),
        (Fields.SubscriberHelp, "Subscriber help", s => Bool(s.Campaign.SubscriberHelp)),
        ("/campaign/termsAndConditions", "Terms and conditions agreed", s => Bool(s.Campaign.TermsAndConditions)),
        (Fields.PrivacyPolicyLink, "Privacy policy link", s => s.Campaign.PrivacyPolicyLink),
        (Fields.TermsAndConditionsLink, "Terms and conditions link", s => s.Campaign.TermsAndConditionsLink),
    ];

    private static readonly Dictionary<string, string> Labels =
        Table.ToDictionary(t => t.Pointer, t => t.Label, StringComparer.Ordinal);

    /// <summary>The filled fields, brand first, then the campaign.</summary>
    public static IReadOnlyList<ShownField> All(Submission s)
    {
        var list = new List<ShownField>(Table.Length);
        foreach (var (pointer, label, value) in Table)
            if (value(s) is { } v) list.Add(new ShownField(pointer, label, v));
        return list;
    }

    /// <summary>A field's label for people ("/campaign/sample2" → "Sample message 2"); the pointer when unknown.</summary>
    public static string Label(string pointer) => pointer switch
    {
        Fields.Brand => "Brand",
        Fields.Campaign => "Campaign",
        _ => Labels.TryGetValue(pointer, out var l) ? l : pointer,
    };

    /// <summary>Sort key for grouping by field: brand fields, then campaign fields in reading order, then the rest.</summary>
    public static int Rank(string? pointer)
    {
        if (pointer is null) return int.MaxValue;
        for (var i = 0; i < Table.Length; i++)
            if (string.Equals(Table[i].Pointer, pointer, StringComparison.Ordinal)) return i;
        return pointer.StartsWith(Fields.Brand, StringComparison.Ordinal) ? Table.Length
            : pointer.StartsWith(Fields.Campaign, StringComparison.Ordinal) ? Table.Length + 1
            : Table.Length + 2;
    }

    private static string? Bool(bool? b) => b switch { true => "true", false => "false", null => null };
}

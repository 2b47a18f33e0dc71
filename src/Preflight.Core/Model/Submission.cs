namespace Preflight.Core.Model;

/// <summary>The input shape a submission was read from.</summary>
public enum SubmissionShape
{
    /// <summary>The registry's CSP API field names (camelCase).</summary>
    Registry,

    /// <summary>Twilio's campaign API field names (snake_case).</summary>
    Twilio,
}

/// <summary>One brand and one campaign, as submitted together for vetting.</summary>
public sealed record Submission
{
    public Brand Brand { get; init; } = new();
    public Campaign Campaign { get; init; } = new();

    /// <summary>Where it came from: a file name, or "file.jsonl:12".</summary>
    public string Source { get; init; } = "";

    public SubmissionShape Shape { get; init; } = SubmissionShape.Registry;

    /// <summary>
    /// For inputs not in the registry shape: canonical pointer (e.g. <c>/campaign/sample2</c>) to the pointer in the
    /// original document (e.g. <c>/message_samples/1</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> SourcePointers { get; init; } = new Dictionary<string, string>();

    /// <summary>Every free-text field of the campaign with its pointer, in a stable order (empty ones left out).</summary>
    public IReadOnlyList<TextField> CampaignTextFields
    {
        get
        {
            var c = Campaign;
            var list = new List<TextField>(12);
            Add(Fields.Description, c.Description);
            Add(Fields.MessageFlow, c.MessageFlow);
            list.AddRange(c.Samples);
            Add(Fields.OptinMessage, c.OptinMessage);
            Add(Fields.OptoutMessage, c.OptoutMessage);
            Add(Fields.HelpMessage, c.HelpMessage);
            Add(Fields.EmbeddedLinkSample, c.EmbeddedLinkSample);
            return list;

            void Add(string p, string? v)
            {
                if (!string.IsNullOrWhiteSpace(v)) list.Add(new TextField(p, v));
            }
        }
    }

    /// <summary>The value of a top-level text field by its canonical pointer, or null.</summary>
    public string? Text(string pointer) => pointer switch
    {
        Fields.DisplayName => Brand.DisplayName,
        Fields.CompanyName => Brand.CompanyName,
        Fields.EntityType => Brand.EntityType,
        Fields.Ein => Brand.Ein,
        Fields.FirstName => Brand.FirstName,
        Fields.LastName => Brand.LastName,
        Fields.Phone => Brand.Phone,
        Fields.MobilePhone => Brand.MobilePhone,
        Fields.Email => Brand.Email,
        Fields.StockSymbol => Brand.StockSymbol,
        Fields.StockExchange => Brand.StockExchange,
        Fields.Website => Brand.Website,
        Fields.BrandVertical => Brand.Vertical,
        Fields.BusinessContactEmail => Brand.BusinessContactEmail,
        Fields.BrandReferenceId => Brand.ReferenceId,
        Fields.Usecase => Campaign.Usecase,
        Fields.Description => Campaign.Description,
        Fields.MessageFlow => Campaign.MessageFlow,
        Fields.Sample1 => Campaign.Sample1,
        Fields.Sample2 => Campaign.Sample2,
        Fields.Sample3 => Campaign.Sample3,
        Fields.Sample4 => Campaign.Sample4,
        Fields.Sample5 => Campaign.Sample5,
        Fields.OptinKeywords => Campaign.OptinKeywords,
        Fields.OptinMessage => Campaign.OptinMessage,
        Fields.OptoutKeywords => Campaign.OptoutKeywords,
        Fields.OptoutMessage => Campaign.OptoutMessage,
        Fields.HelpKeywords => Campaign.HelpKeywords,
        Fields.HelpMessage => Campaign.HelpMessage,
        Fields.EmbeddedLinkSample => Campaign.EmbeddedLinkSample,
        Fields.PrivacyPolicyLink => Campaign.PrivacyPolicyLink,
        Fields.TermsAndConditionsLink => Campaign.TermsAndConditionsLink,
        _ => null,
    };
}

namespace Preflight.Core.Engine;

/// <summary>Where a finding was seen, and the words or value at fault.</summary>
public sealed record Evidence
{
    /// <summary>"submission", "page", "tls", "redirects", "portfolio" or "history".</summary>
    public required string Source { get; init; }

    /// <summary>A JSON pointer into the submission (<c>/campaign/sample2</c>), when the source is the submission.</summary>
    public string? Path { get; init; }

    /// <summary>The page the evidence is on, when it comes from the web.</summary>
    public string? Url { get; init; }

    /// <summary>A CSS selector of the element at fault on <see cref="Url"/>.</summary>
    public string? Selector { get; init; }

    /// <summary>The exact words or value at fault (or the whole field when something is missing from it).</summary>
    public string? Excerpt { get; init; }

    /// <summary>Offset of the excerpt within the field value, for highlighting; null when the whole field is meant.</summary>
    public int? Start { get; init; }

    public int? Length { get; init; }

    public const int MaxExcerpt = 300;

    /// <summary>Evidence pointing at a whole submission field (something is missing from it, or its value is wrong).</summary>
    public static Evidence Field(string pointer, string? value) => new()
    {
        Source = "submission",
        Path = pointer,
        Excerpt = Trim(value),
    };

    /// <summary>Evidence pointing at words inside a submission field.</summary>
    public static Evidence Words(string pointer, string value, int start, int length) => new()
    {
        Source = "submission",
        Path = pointer,
        Excerpt = Trim(value.Substring(start, length)),
        Start = start,
        Length = length,
    };

    public static Evidence Page(string url, string? selector, string? excerpt, string source = "page") => new()
    {
        Source = source,
        Url = url,
        Selector = selector,
        Excerpt = Trim(excerpt),
    };

    internal static string? Trim(string? s) =>
        s is null ? null : s.Length <= MaxExcerpt ? s : string.Concat(s.AsSpan(0, MaxExcerpt - 1), "…");
}

/// <summary>One reason a rule failed, with its evidence.</summary>
public sealed record Finding(string Message, Evidence Evidence);

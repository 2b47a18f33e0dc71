namespace Preflight.Core.Input;

/// <summary>Bounds on what the reader accepts; input is untrusted, so everything has a ceiling.</summary>
public sealed record InputLimits
{
    /// <summary>One submission document (a .json file or one JSON Lines line).</summary>
    public long MaxSubmissionBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>One text field; the registry's own limits are a few thousand characters.</summary>
    public int MaxFieldChars { get; init; } = 100_000;

    /// <summary>Nesting of objects and arrays.</summary>
    public int MaxDepth { get; init; } = 64;

    public static InputLimits Default { get; } = new();
}

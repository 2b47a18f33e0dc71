using Preflight.Core.Model;

namespace Preflight.Core.Input;

/// <summary>A submission together with where it was read from, so reports can point back into the file.</summary>
/// <param name="Submission">The submission in the canonical model.</param>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">The 1-based line the document starts on (its line in a JSON Lines file; 1 for a .json file).</param>
/// <param name="Json">The document's UTF-8 bytes (empty when the submission was built in code).</param>
public sealed record SubmissionDocument(Submission Submission, string File, int Line, ReadOnlyMemory<byte> Json)
{
    /// <summary>A submission built in code, with no file behind it.</summary>
    public static SubmissionDocument Of(Submission submission) =>
        new(submission, submission.Source, 0, ReadOnlyMemory<byte>.Empty);

    /// <summary>The pointer into the original document for a canonical pointer (they differ for Twilio inputs).</summary>
    public string OriginalPointer(string canonicalPointer) =>
        Submission.SourcePointers.TryGetValue(canonicalPointer, out var p) ? p : canonicalPointer;

    /// <summary>Line and column (1-based, column in UTF-16 units) of a field's value, when the bytes are known.</summary>
    public SourcePosition? Locate(string canonicalPointer)
    {
        if (Json.IsEmpty) return null;
        var p = JsonLocator.Find(Json.Span, OriginalPointer(canonicalPointer));
        return p is null ? null : p with { Line = p.Line + Math.Max(Line, 1) - 1 };
    }
}

/// <summary>A 1-based line and column in a file.</summary>
public sealed record SourcePosition(int Line, int Column);

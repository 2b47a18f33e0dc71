namespace Preflight.Core.Input;

/// <summary>
/// A submission that cannot be judged at all: malformed JSON, a wrong type, a size limit. Its message is one line
/// naming the file, the line and column or the field, and what was wrong.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(string file, string reason, long? line = null, long? column = null, string? pointer = null)
        : base(Render(file, reason, line, column, pointer))
    {
        File = file;
        Reason = reason;
        Line = line;
        Column = column;
        Pointer = pointer;
    }

    /// <summary>The file as the user named it.</summary>
    public string File { get; }

    /// <summary>What was wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>1-based line in <see cref="File"/>, when known.</summary>
    public long? Line { get; }

    /// <summary>1-based column (in bytes of the line), when known.</summary>
    public long? Column { get; }

    /// <summary>The field at fault as a JSON pointer into the original document, when known.</summary>
    public string? Pointer { get; }

    private static string Render(string file, string reason, long? line, long? column, string? pointer)
    {
        var where = file;
        if (line is not null)
        {
            where += ":" + line;
            if (column is not null && pointer is null) where += ":" + column;
        }
        return pointer is null ? $"{where}: {reason}" : $"{where}: {(pointer.Length == 0 ? "/" : pointer)}: {reason}";
    }
}

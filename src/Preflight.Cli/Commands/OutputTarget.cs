using System.Text;
using Preflight.Core.Input;

namespace Preflight.Cli.Commands;

/// <summary>Where a report goes: stdout, or the file named by --output.</summary>
internal sealed class OutputTarget : IDisposable
{
    private readonly StreamWriter? _file;

    private OutputTarget(TextWriter writer, StreamWriter? file, string? path)
    {
        Writer = writer;
        _file = file;
        Path = path;
    }

    public TextWriter Writer { get; }

    /// <summary>The --output path as given, or null for stdout.</summary>
    public string? Path { get; }

    public static OutputTarget Open(CliContext context, string? output)
    {
        if (string.IsNullOrEmpty(output) || output == "-") return new OutputTarget(context.Out, null, null);
        try
        {
            var file = new StreamWriter(context.FullPath(output), append: false, new UTF8Encoding(false), 64 * 1024);
            return new OutputTarget(file, file, output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(output, "cannot write the report here: " + ex.Message);
        }
    }

    public void Dispose() => _file?.Dispose();
}

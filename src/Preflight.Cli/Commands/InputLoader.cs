using Preflight.Core.Input;

namespace Preflight.Cli.Commands;

/// <summary>What <c>check</c> was pointed at, read: one submission, or a portfolio from a directory or JSON Lines file.</summary>
internal sealed record LoadedInput(IReadOnlyList<SubmissionDocument> Documents, bool IsPortfolio);

/// <summary>The CLI's only file reading: it hands bytes to the pure <see cref="SubmissionReader"/>.</summary>
internal static class InputLoader
{
    /// <summary>A JSON Lines portfolio is read whole; this keeps a mistaken path from exhausting memory.</summary>
    private const long MaxJsonLinesBytes = 2L * 1024 * 1024 * 1024 - 1;

    public static LoadedInput Load(CliContext context, string input, SubmissionReader reader)
    {
        var full = context.FullPath(input);
        if (Directory.Exists(full))
        {
            var files = Directory.GetFiles(full, "*.json", SearchOption.TopDirectoryOnly)
                .Select(System.IO.Path.GetFileName)
                .Order(StringComparer.Ordinal)
                .ToArray();
            if (files.Length == 0) throw new InputException(input, "no *.json files in this directory");
            var prefix = input.EndsWith('/') || input.EndsWith('\\') ? input : input + "/";
            // Read and parsed in parallel; a bad file is reported as a file-by-file reader would: the first in name order.
            var docs = SubmissionReader.ReadInParallel(files.Length, i =>
            {
                var shown = prefix + files[i];
                return reader.Read(ReadFile(System.IO.Path.Combine(full, files[i]!), shown, reader.Limits.MaxSubmissionBytes), shown);
            });
            return new LoadedInput(docs, IsPortfolio: true);
        }

        if (!File.Exists(full)) throw new InputException(input, "no such file or directory");
        if (IsJsonLines(input))
            return new LoadedInput(reader.ReadJsonLines(ReadFile(full, input, MaxJsonLinesBytes), input), IsPortfolio: true);
        return new LoadedInput([reader.Read(ReadFile(full, input, reader.Limits.MaxSubmissionBytes), input)], IsPortfolio: false);
    }

    private static bool IsJsonLines(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a file, refusing before reading a byte when it is over the limit.</summary>
    private static byte[] ReadFile(string full, string shown, long max)
    {
        try
        {
            var length = new FileInfo(full).Length;
            if (length > max)
                throw new InputException(shown, $"the file is {length / (1024.0 * 1024):0.#} MB; the limit is {max / (1024.0 * 1024):0.#} MB{(max < MaxJsonLinesBytes ? " per submission" : "")}");
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            return SubmissionReader.ReadBounded(stream, max, shown);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException(shown, "cannot read: " + ex.Message);
        }
    }
}

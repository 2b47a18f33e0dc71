using System.Text;
using System.Text.Json;

namespace Preflight.Core.Input;

/// <summary>Finds where a JSON pointer's value starts in a document, for reports that show file positions.</summary>
public static class JsonLocator
{
    public static SourcePosition? Find(ReadOnlySpan<byte> json, string pointer)
    {
        var offset = FindOffset(json, pointer);
        return offset < 0 ? null : Position(json, offset);
    }

    /// <summary>The byte offset of the value at <paramref name="pointer"/>, or -1.</summary>
    public static long FindOffset(ReadOnlySpan<byte> json, string pointer)
    {
        var skip = json.StartsWith("\uFEFF"u8) ? 3 : 0;
        json = json[skip..];
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
        var stack = new List<(string Path, bool IsArray, int Index)>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.RemoveAt(stack.Count - 1);
                        continue;
                    case JsonTokenType.Comment:
                        continue;
                }

                string path;
                if (stack.Count == 0) path = "";
                else
                {
                    var top = stack[^1];
                    if (top.IsArray)
                    {
                        path = top.Path + "/" + top.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        stack[^1] = top with { Index = top.Index + 1 };
                    }
                    else path = top.Path + "/" + Escape(property ?? "");
                }

                if (string.Equals(path, pointer, StringComparison.Ordinal))
                    return reader.TokenStartIndex + skip;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    stack.Add((path, reader.TokenType == JsonTokenType.StartArray, 0));
            }
        }
        catch (JsonException)
        {
            // A document that parsed once parses again; anything else just has no position.
        }
        return -1;
    }

    /// <summary>1-based line and UTF-16 column of a byte offset.</summary>
    public static SourcePosition Position(ReadOnlySpan<byte> json, long offset)
    {
        var before = json[..(int)Math.Min(offset, json.Length)];
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return new SourcePosition(line, column);
    }

    public static string Escape(string segment) =>
        segment.Contains('~', StringComparison.Ordinal) || segment.Contains('/', StringComparison.Ordinal)
            ? segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)
            : segment;
}

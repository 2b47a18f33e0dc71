using System.Globalization;
using System.Text.Json;

namespace Preflight.Core.Input;

/// <summary>Reads typed fields out of one JSON object, recording where each came from; what it never reads is Extra.</summary>
internal sealed class ObjectReader
{
    private readonly Dictionary<string, (string Name, JsonElement Value)> _props = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly ReadContext _context;
    private readonly string _pointer;
    private readonly string _canonical;
    private readonly JsonElement _object;

    public ObjectReader(JsonElement obj, string pointer, string canonicalPointer, ReadContext context)
    {
        _object = obj;
        _pointer = pointer;
        _canonical = canonicalPointer;
        _context = context;
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in obj.EnumerateObject())
        {
            var key = FieldMap.Normalize(p.Name);
            if (seen.TryGetValue(key, out var first))
                throw context.Error(Child(p.Name), first == p.Name
                    ? "the field appears twice; keep one"
                    : $"the same field appears twice (\"{first}\" and \"{p.Name}\"); keep one");
            seen[key] = p.Name;
            _props[key] = (p.Name, p.Value);
        }
    }

    /// <summary>True when any field this reader used was written in snake_case.</summary>
    public bool UsedSnakeCase { get; private set; }

    public bool Has(IEnumerable<string> keys) => keys.Any(_props.ContainsKey);

    public bool HasAny(IReadOnlySet<string> keys) => _props.Keys.Any(keys.Contains);

    public string Child(string name) => _pointer + "/" + JsonLocator.Escape(name);

    /// <summary>The raw element of a field and its original pointer, marking it read.</summary>
    public (JsonElement Value, string Pointer)? Take(string[] aliases, string canonicalName)
    {
        foreach (var alias in aliases)
        {
            if (!_props.TryGetValue(alias, out var p)) continue;
            _used.Add(alias);
            if (p.Name.Contains('_', StringComparison.Ordinal)) UsedSnakeCase = true;
            var original = Child(p.Name);
            _context.Map(_canonical + "/" + canonicalName, original);
            return (p.Value, original);
        }
        return null;
    }

    public string? String(string[] aliases, string canonicalName)
    {
        if (Take(aliases, canonicalName) is not { } f) return null;
        return f.Value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => Checked(f.Value.GetString()!, f.Pointer),
            _ => throw _context.Error(f.Pointer, $"expected a string, got {Describe(f.Value)}"),
        };
    }

    public bool? Bool(string[] aliases, string canonicalName)
    {
        if (Take(aliases, canonicalName) is not { } f) return null;
        return f.Value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw _context.Error(f.Pointer, $"expected true or false, got {Describe(f.Value)}"),
        };
    }

    /// <summary>A keyword field: the registry's comma-separated string, or a list of strings (joined with commas).</summary>
    public string? Keywords(string[] aliases, string canonicalName)
    {
        if (Take(aliases, canonicalName) is not { } f) return null;
        return f.Value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => Checked(f.Value.GetString()!, f.Pointer),
            JsonValueKind.Array => Checked(string.Join(",", Strings(f.Value, f.Pointer)), f.Pointer),
            _ => throw _context.Error(f.Pointer, $"expected a string or a list of strings, got {Describe(f.Value)}"),
        };
    }

    /// <summary>A list field: a list of strings (numbers are taken as text), or one comma-separated string.</summary>
    public IReadOnlyList<string> List(string[] aliases, string canonicalName)
    {
        if (Take(aliases, canonicalName) is not { } f) return [];
        return f.Value.ValueKind switch
        {
            JsonValueKind.Null => [],
            JsonValueKind.String => Model.Campaign.SplitKeywords(Checked(f.Value.GetString()!, f.Pointer)),
            JsonValueKind.Array => Strings(f.Value, f.Pointer, numbers: true),
            _ => throw _context.Error(f.Pointer, $"expected a list of strings, got {Describe(f.Value)}"),
        };
    }

    /// <summary>Fields nobody read, kept as they came.</summary>
    public IReadOnlyDictionary<string, JsonElement> Extra(params string[] skip)
    {
        Dictionary<string, JsonElement>? extra = null;
        foreach (var (key, p) in _props)
        {
            if (_used.Contains(key) || skip.Contains(key)) continue;
            (extra ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[p.Name] = p.Value.Clone();
        }
        return extra ?? (IReadOnlyDictionary<string, JsonElement>)new Dictionary<string, JsonElement>();
    }

    public JsonElement Object => _object;

    public ReadContext Context => _context;

    private List<string> Strings(JsonElement array, string pointer, bool numbers = false)
    {
        var list = new List<string>(array.GetArrayLength());
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var at = pointer + "/" + i.ToString(CultureInfo.InvariantCulture);
            switch (item.ValueKind)
            {
                case JsonValueKind.String:
                    list.Add(Checked(item.GetString()!, at));
                    break;
                case JsonValueKind.Number when numbers:
                    list.Add(item.GetRawText());
                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    throw _context.Error(at, $"expected a string, got {Describe(item)}");
            }
            i++;
        }
        return list;
    }

    public string Checked(string value, string pointer) =>
        value.Length <= _context.Limits.MaxFieldChars
            ? value
            : throw _context.Error(pointer,
                $"the value is {value.Length:N0} characters long; the limit is {_context.Limits.MaxFieldChars:N0} per field");

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Quote(value.GetString()!),
        JsonValueKind.Number => Short(value.GetRawText()),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        _ => value.ValueKind.ToString(),
    };

    private static string Quote(string s) => JsonSerializer.Serialize(Short(s), InputJson.Options);

    private static string Short(string s) => s.Length <= 40 ? s : string.Concat(s.AsSpan(0, 39), "…");
}

/// <summary>What one document read shares: file, line, limits, and the canonical → original pointer map.</summary>
internal sealed class ReadContext
{
    public ReadContext(string file, int? line, InputLimits limits)
    {
        File = file;
        Line = line;
        Limits = limits;
    }

    public string File { get; }
    public int? Line { get; }
    public InputLimits Limits { get; }
    public Dictionary<string, string> Pointers { get; } = new(StringComparer.Ordinal);

    public void Map(string canonical, string original)
    {
        if (!string.Equals(canonical, original, StringComparison.Ordinal)) Pointers[canonical] = original;
    }

    public InputException Error(string pointer, string reason) => new(File, reason, Line, null, pointer);
}

internal static class InputJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

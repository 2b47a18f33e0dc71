using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Preflight.Core.Sites;

namespace Preflight.Gathering;

/// <summary>
/// Saves a crawl to a folder (<c>evidence.json</c> plus one PNG per screenshot) and loads it back, so it can be
/// judged again offline by newer rules.
/// </summary>
public static class SiteEvidenceStore
{
    public const string FileName = "evidence.json";
    private const string DataUriPrefix = "data:image/png;base64,";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // A file for people and tools, never embedded in a page: keep quotes and accents readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Writes the set to <paramref name="directory"/>; screenshots become files named in the JSON.</summary>
    public static void Save(string directory, SiteEvidenceSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        Directory.CreateDirectory(directory);
        var sites = new List<SiteEvidence>(set.Sites.Count);
        for (var i = 0; i < set.Sites.Count; i++)
        {
            var s = set.Sites[i];
            if (s.Render?.Screenshot is { } shot && shot.StartsWith(DataUriPrefix, StringComparison.Ordinal))
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"screenshot-{i + 1:000}.png");
                File.WriteAllBytes(Path.Combine(directory, name), Convert.FromBase64String(shot[DataUriPrefix.Length..]));
                s = s with { Render = s.Render with { Screenshot = name } };
            }
            sites.Add(s);
        }
        var path = Path.Combine(directory, FileName);
        var temp = path + ".tmp";
        File.WriteAllText(temp, Serialize(set with { Sites = sites }));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// Reads a folder written by <see cref="Save"/> (or a path to its <c>evidence.json</c>). With
    /// <paramref name="inlineScreenshots"/>, screenshot files are read back into data: URIs.
    /// </summary>
    public static SiteEvidenceSet Load(string path, bool inlineScreenshots = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !Directory.Exists(path) ? path : Path.Combine(path, FileName);
        if (!File.Exists(file)) throw new FileNotFoundException($"no saved site evidence at {file}", file);
        var set = Deserialize(File.ReadAllText(file));
        if (!inlineScreenshots) return set;
        var directory = Path.GetDirectoryName(Path.GetFullPath(file))!;
        return set with
        {
            Sites = set.Sites.Select(s =>
            {
                if (s.Render?.Screenshot is not { } name || name.StartsWith("data:", StringComparison.Ordinal)) return s;
                var full = Path.GetFullPath(Path.Combine(directory, name));
                if (!full.StartsWith(directory, StringComparison.Ordinal) || !File.Exists(full)) return s;
                return s with { Render = s.Render with { Screenshot = DataUriPrefix + Convert.ToBase64String(File.ReadAllBytes(full)) } };
            }).ToArray(),
        };
    }

    public static string Serialize(SiteEvidenceSet set) => JsonSerializer.Serialize(set, Json);

    public static SiteEvidenceSet Deserialize(string json) =>
        JsonSerializer.Deserialize<SiteEvidenceSet>(json, Json) ?? throw new JsonException("the evidence file holds no evidence set");
}

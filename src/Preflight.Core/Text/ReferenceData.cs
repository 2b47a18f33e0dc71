using System.Collections.Frozen;
using System.Reflection;

namespace Preflight.Core.Text;

/// <summary>
/// The reference lists in <c>data/</c>, embedded in the assembly: URL shorteners, free e-mail providers, top-level
/// domains, content word lists. Immutable once loaded.
/// </summary>
public sealed class ReferenceData
{
    private static readonly Lazy<ReferenceData> LazyDefault = new(() => Load(typeof(ReferenceData).Assembly));

    private readonly FrozenDictionary<string, IReadOnlyList<string>> _lists;

    private ReferenceData(FrozenDictionary<string, IReadOnlyList<string>> lists)
    {
        _lists = lists;
        Shorteners = Set("url-shorteners");
        FreeEmailDomains = Set("free-email-domains");
        TopLevelDomains = Set("top-level-domains");
        Classifier = new ContentClassifier(this);
        _language = new Lazy<LanguageDetector>(() => new LanguageDetector(this));
    }

    private readonly Lazy<LanguageDetector> _language;

    /// <summary>The language detector over <c>function-words.txt</c>, built once.</summary>
    public LanguageDetector Language => _language.Value;

    public static ReferenceData Default => LazyDefault.Value;

    /// <summary>Public URL shortener domains (branded short domains are not on it).</summary>
    public FrozenSet<string> Shorteners { get; }

    /// <summary>Domains of consumer mailboxes: free e-mail providers and internet providers' mail.</summary>
    public FrozenSet<string> FreeEmailDomains { get; }

    /// <summary>Every top-level domain ("com", "coop", "vet"), from the Public Suffix List.</summary>
    public FrozenSet<string> TopLevelDomains { get; }

    public ContentClassifier Classifier { get; }

    /// <summary>The names of every embedded list.</summary>
    public IEnumerable<string> ListNames => _lists.Keys;

    /// <summary>A list by file name without extension (<c>url-shorteners</c>); comments and blank lines removed.</summary>
    public IReadOnlyList<string> List(string name) =>
        _lists.TryGetValue(name, out var l) ? l : throw new KeyNotFoundException($"no reference list named '{name}' in data/");

    public bool IsShortener(string host)
    {
        var h = host.Trim().TrimEnd('.').ToLowerInvariant();
        if (h.StartsWith("www.", StringComparison.Ordinal)) h = h[4..];
        return Shorteners.Contains(h);
    }

    /// <summary>
    /// Whether a mail domain is a consumer mailbox: listed, or under a listed domain (internet providers give
    /// regional mail domains such as <c>denver.rr.com</c> under one listed <c>rr.com</c>).
    /// </summary>
    public bool IsFreeEmailDomain(string domain)
    {
        var d = domain.Trim().TrimEnd('.');
        // The list is matched ignoring case, and lower-casing ASCII changes only A-Z: an ASCII domain needs no copy.
        return IsFreeEmailDomain((System.Text.Ascii.IsValid(d) ? d : d.ToLowerInvariant()).AsSpan());
    }

    /// <summary>
    /// Whether <paramref name="domain"/>, already trimmed and without its final dots, or one of its parent domains is
    /// listed. Lower-case anything beyond ASCII first, as <see cref="IsFreeEmailDomain(string)"/> does.
    /// </summary>
    public bool IsFreeEmailDomain(ReadOnlySpan<char> domain)
    {
        var lookup = FreeEmailDomains.GetAlternateLookup<ReadOnlySpan<char>>();
        while (domain.Length > 0)
        {
            if (lookup.Contains(domain)) return true;
            var dot = domain.IndexOf('.');
            if (dot < 0) return false;
            domain = domain[(dot + 1)..];
        }
        return false;
    }

    private FrozenSet<string> Set(string name) =>
        (_lists.TryGetValue(name, out var l) ? l : []).Select(s => s.ToLowerInvariant()).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static ReferenceData Load(Assembly assembly)
    {
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith("data/", StringComparison.Ordinal) || !resource.EndsWith(".txt", StringComparison.Ordinal))
                continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var items = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                var t = line.Trim();
                if (t.Length == 0 || t.StartsWith('#')) continue;
                items.Add(t);
            }
            lists[resource["data/".Length..^".txt".Length]] = items;
        }
        return new ReferenceData(lists.ToFrozenDictionary(StringComparer.Ordinal));
    }
}

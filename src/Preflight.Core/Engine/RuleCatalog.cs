namespace Preflight.Core.Engine;

/// <summary>Every rule Preflight knows, in code order (carrier codes numerically, then house rules).</summary>
public sealed class RuleCatalog
{
    /// <summary>Bumped when rules are added or their meaning changes; reports carry it.</summary>
    public const string Version = "2026.12.1";

    private static readonly Lazy<RuleCatalog> LazyDefault = new(() => new RuleCatalog(Discover()));

    public RuleCatalog(IEnumerable<Rule> rules)
    {
        Rules = rules.OrderBy(r => SortKey(r.Descriptor.Code)).ThenBy(r => r.Descriptor.Code, StringComparer.Ordinal).ToArray();
        ByCode = Rules.GroupBy(r => r.Descriptor.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The catalogue of every rule in this assembly.</summary>
    public static RuleCatalog Default => LazyDefault.Value;

    public static IReadOnlyList<Rule> All => Default.Rules;

    public IReadOnlyList<Rule> Rules { get; }

    public IReadOnlyDictionary<string, Rule> ByCode { get; }

    /// <summary>Finds a rule by its code or by one of its equivalents.</summary>
    public Rule? Find(string code)
    {
        if (ByCode.TryGetValue(code.Trim(), out var rule)) return rule;
        return Rules.FirstOrDefault(r => r.Descriptor.Equivalents.Contains(code.Trim(), StringComparer.OrdinalIgnoreCase));
    }

    private static (int, long) SortKey(string code) =>
        long.TryParse(code, out var n) ? (0, n) : (1, 0);

    private static IEnumerable<Rule> Discover() =>
        typeof(RuleCatalog).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Rule)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (Rule)Activator.CreateInstance(t)!);
}

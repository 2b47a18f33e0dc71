namespace Preflight.Core.Engine;

/// <summary>What a rule is, apart from how it checks: its code, its wording for people, what it needs.</summary>
public sealed record RuleDescriptor
{
    /// <summary>The carrier's code exactly as published ("5104", "803", "30925"), or PF + three digits for house rules.</summary>
    public required string Code { get; init; }

    public required string Title { get; init; }
    public required RuleArea Area { get; init; }
    public required Severity Severity { get; init; }
    public required Needs Needs { get; init; }
    public required string Fix { get; init; }

    /// <summary>The carrier says not to resubmit: no edit will make this campaign acceptable.</summary>
    public bool DoNotResubmit { get; init; }

    /// <summary>The same reason under other code families (three-digit DCA, four-digit review, Twilio).</summary>
    public IReadOnlyList<string> Equivalents { get; init; } = [];

    public bool IsHouseRule => Code.StartsWith("PF", StringComparison.Ordinal);

    /// <summary>The inputs as the JSON report names them.</summary>
    public IReadOnlyList<string> NeedsNames
    {
        get
        {
            var list = new List<string>(2);
            foreach (var (flag, name) in NeedsTable)
                if ((Needs & flag) == flag) list.Add(name);
            return list;
        }
    }

    /// <summary>Every input a rule can need, with its JSON name, in declaration order.</summary>
    internal static readonly (Needs Flag, string Name)[] NeedsTable =
        Enum.GetValues<Needs>().Where(n => n != Needs.None).Select(n => (n, JsonNaming.Camel(n.ToString()))).ToArray();
}

internal static class JsonNaming
{
    public static string Camel(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
}

namespace Preflight.Core.Engine;

/// <summary>What a rule's check returns: passed, failed with findings, or not evaluated with the reason.</summary>
public sealed record Check
{
    public required Outcome Outcome { get; init; }
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Why the rule could not judge, or what it passed on.</summary>
    public string? Note { get; init; }

    public static readonly Check Pass = new() { Outcome = Outcome.Passed };

    public static Check Passed(string note) => new() { Outcome = Outcome.Passed, Note = note };

    public static Check Fail(params Finding[] findings) => From(findings);

    /// <summary>Failed when there is any finding, passed otherwise.</summary>
    public static Check From(IEnumerable<Finding> findings)
    {
        var list = findings as IReadOnlyList<Finding> ?? findings.ToArray();
        return list.Count == 0 ? Pass : new Check { Outcome = Outcome.Failed, Findings = list };
    }

    public static Check NotEvaluated(string why) => new() { Outcome = Outcome.NotEvaluated, Note = why };
}

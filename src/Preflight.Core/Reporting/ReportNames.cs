using Preflight.Core.Engine;

namespace Preflight.Core.Reporting;

/// <summary>How reports spell the engine's enums: camelCase in JSON, words for people.</summary>
public static class ReportNames
{
    public static string Json(Severity s) => s switch
    {
        Severity.Rejection => "rejection",
        Severity.Warning => "warning",
        _ => "advice",
    };

    public static string Json(Outcome o) => o switch
    {
        Outcome.Passed => "passed",
        Outcome.Failed => "failed",
        Outcome.NotEvaluated => "notEvaluated",
        _ => "error",
    };

    public static string Json(RuleArea a) => AreaNames.TryGetValue(a, out var name) ? name : Camel(a.ToString());

    private static readonly System.Collections.Frozen.FrozenDictionary<RuleArea, string> AreaNames =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(Enum.GetValues<RuleArea>(), a => a, a => Camel(a.ToString()));

    /// <summary>"KeywordMessages" → "Keyword messages".</summary>
    public static string Words(RuleArea a) => Words(a.ToString());

    public static string Words(string pascal)
    {
        var sb = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(pascal[i - 1])) sb.Append(' ').Append(char.ToLowerInvariant(c));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>SARIF's level for a severity.</summary>
    public static string SarifLevel(Severity s) => s switch
    {
        Severity.Rejection => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    public static string Camel(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];

    /// <summary>"1 warning", "2 warnings", "no warnings".</summary>
    public static string Count(int n, string singular, string? plural = null) =>
        n switch
        {
            0 => "no " + (plural ?? singular + "s"),
            1 => "1 " + singular,
            _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (plural ?? singular + "s"),
        };
}

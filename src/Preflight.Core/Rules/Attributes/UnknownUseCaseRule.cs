using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Attributes;

/// <summary>The use case has to be one the registry knows.</summary>
public sealed class UnknownUseCaseRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF305",
        Title = "Use case is not one the registry knows",
        Area = RuleArea.Attributes,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Use one of the registry's use-case identifiers exactly, e.g. ACCOUNT_NOTIFICATION, CUSTOMER_CARE, MARKETING, MIXED or LOW_VOLUME.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var raw = context.Campaign.Usecase;
        if (string.IsNullOrWhiteSpace(raw)) return Check.Passed("no use case given (see 3105)");
        var useCase = UseCaseSignals.Normalize(raw);
        if (UseCases.All.Contains(useCase)) return Check.Pass;
        var near = Nearest(useCase);
        return Check.Fail(new Finding(
            $"\"{raw}\" is not a registry use case" + (near is null ? "." : $"; did you mean {near}?"),
            Evidence.Field(Fields.Usecase, raw)));
    }

    internal static string? Nearest(string value)
    {
        var key = value.Replace(' ', '_').Replace('-', '_');
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var u in UseCases.All)
        {
            var d = Distance(key, u);
            if (d < bestDistance) (best, bestDistance) = (u, d);
        }
        return bestDistance <= Math.Max(2, key.Length / 4) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}

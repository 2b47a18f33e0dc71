using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Attributes;

/// <summary>MIXED takes two to five sub-use-cases; LOW_VOLUME needs at least one (at most five).</summary>
public sealed class SubUseCaseCountRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF306",
        Title = "Wrong number of sub-use-cases for MIXED or LOW_VOLUME",
        Area = RuleArea.Attributes,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "List the kinds of messages the campaign combines as sub-use-cases: two to five for MIXED, one to five for LOW_VOLUME.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var c = context.Campaign;
        var useCase = UseCaseSignals.Normalize(c.Usecase);
        if (!UseCases.IsComposite(useCase)) return Check.Passed("the use case does not take sub-use-cases");
        var subs = c.SubUsecases.Select(UseCaseSignals.Normalize).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var min = useCase == UseCases.Mixed ? 2 : 1;
        const int max = 5;
        if (subs.Length >= min && subs.Length <= max) return Check.Pass;
        var listed = subs.Length == 0 ? "none" : string.Join(", ", subs);
        return Check.Fail(new Finding(
            subs.Length < min
                ? $"{useCase} needs at least {min} sub-use-case{(min > 1 ? "s" : "")}; the campaign lists {listed}."
                : $"{useCase} takes at most {max} sub-use-cases; the campaign lists {subs.Length} ({listed}).",
            Evidence.Field(Fields.SubUsecases, subs.Length == 0 ? null : string.Join(", ", subs))));
    }
}

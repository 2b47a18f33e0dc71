using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.Brand;

/// <summary>The registry knows five kinds of legal entity.</summary>
public sealed class UnknownEntityTypeRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF407",
        Title = "Entity type is missing or not one the registry knows",
        Area = RuleArea.Brand,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Set entityType to PRIVATE_PROFIT, PUBLIC_PROFIT, NON_PROFIT, GOVERNMENT or SOLE_PROPRIETOR, whichever matches the legal form on the tax records.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var raw = context.Brand.EntityType;
        if (string.IsNullOrWhiteSpace(raw))
            return Check.Fail(new Finding("The brand gives no entity type.", Evidence.Field(Fields.EntityType, raw)));
        var value = raw.Trim();
        if (EntityTypes.All.Contains(value, StringComparer.Ordinal)) return Check.Pass;
        var key = value.ToUpperInvariant().Replace(' ', '_').Replace('-', '_');
        var near = EntityTypes.All.FirstOrDefault(t => t == key);
        var hint = near is null ? $"use one of {string.Join(", ", EntityTypes.All)}" : $"write it as {near}";
        return Check.Fail(new Finding(
            $"The entity type \"{value}\" is not one of the registry's values; {hint}.",
            Evidence.Field(Fields.EntityType, raw)));
    }
}

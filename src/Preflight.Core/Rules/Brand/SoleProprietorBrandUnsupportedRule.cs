using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.Brand;

/// <summary>Some providers refuse sole-proprietor brands outright.</summary>
public sealed class SoleProprietorBrandUnsupportedRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "6100",
        Equivalents = ["802"],
        Title = "Sole-proprietor brand may not be supported by your provider",
        Area = RuleArea.Brand,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "Check with your provider that it registers sole-proprietor brands (Bandwidth, for one, does not). If it does not, use a provider that does; a business with an EIN should register as PRIVATE_PROFIT instead.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var b = context.Brand;
        if (!BrandFacts.IsSoleProprietor(b)) return Check.Passed("not a sole-proprietor brand");
        return Check.Fail(new Finding(
            $"\"{BrandFacts.Name(b)}\" is registered as SOLE_PROPRIETOR; some providers do not accept sole-proprietor brands, so this depends on whom you register through.",
            Evidence.Field(Fields.EntityType, b.EntityType)));
    }
}

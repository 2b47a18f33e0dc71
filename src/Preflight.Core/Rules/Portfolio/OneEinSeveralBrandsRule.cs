using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.Portfolio;

/// <summary>One EIN may stand for one brand only.</summary>
public sealed class OneEinSeveralBrandsRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "711",
        Title = "The same EIN is used by brands with different legal names",
        Area = RuleArea.Portfolio,
        Severity = Severity.Rejection,
        Needs = Needs.Portfolio,
        Fix = "Give every brand the EIN and legal name of the business that actually sends the messages; register one brand per EIN and put several trade names of one company under that one brand. Resubmitting helps only after the brand has been corrected so that its EIN is no longer shared with another brand.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var view = context.Portfolio!;
        var total = Math.Max(view.SameEinBrandTotal, view.SameEinBrands.Count);
        if (total == 0) return Check.Passed("no other brand in the portfolio uses this EIN");
        var brands = total == 1 ? "another brand" : $"{total} other brands";
        return Check.Fail(new Finding(
            $"The EIN \"{context.Brand.Ein}\" of \"{context.Brand.CompanyName}\" is also registered for {brands} with a different legal name: {PortfolioFindings.List(view.SameEinBrands, total)}.",
            PortfolioFindings.Evidence(Fields.Ein, context.Brand.Ein)));
    }
}

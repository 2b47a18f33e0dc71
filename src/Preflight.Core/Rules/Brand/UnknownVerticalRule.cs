using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.Brand;

/// <summary>The vertical must be one of the registry's industry values.</summary>
public sealed class UnknownVerticalRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF408",
        Title = "Vertical is missing or not one the registry knows",
        Area = RuleArea.Brand,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Choose the industry from the registry's list (AGRICULTURE, COMMUNICATION, CONSTRUCTION, EDUCATION, ENERGY, ENTERTAINMENT, FINANCIAL, GAMBLING, GOVERNMENT, HEALTHCARE, HOSPITALITY, HUMAN_RESOURCES, INSURANCE, LEGAL, MANUFACTURING, NGO, POLITICAL, POSTAL, PROFESSIONAL, REAL_ESTATE, RETAIL, TECHNOLOGY, TRANSPORTATION), spelled exactly so.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var b = context.Brand;
        var findings = new List<Finding>();
        if (string.IsNullOrWhiteSpace(b.Vertical))
        {
            if (!BrandFacts.IsSoleProprietor(b))
                findings.Add(new Finding("The brand gives no vertical (industry).", Evidence.Field(Fields.BrandVertical, b.Vertical)));
        }
        else
        {
            Inspect(Fields.BrandVertical, b.Vertical, "brand");
        }
        if (!string.IsNullOrWhiteSpace(context.Campaign.Vertical))
            Inspect("/campaign/vertical", context.Campaign.Vertical, "campaign");
        return Check.From(findings);

        void Inspect(string pointer, string value, string whose)
        {
            var v = value.Trim();
            if (BrandFacts.Verticals.Contains(v)) return;
            var key = v.ToUpperInvariant().Replace(' ', '_').Replace('-', '_');
            var hint = BrandFacts.Verticals.Contains(key) ? $"write it as {key}" : "pick one from the registry's list";
            findings.Add(new Finding($"The {whose} vertical \"{v}\" is not one of the registry's values; {hint}.", Evidence.Field(pointer, value)));
        }
    }
}

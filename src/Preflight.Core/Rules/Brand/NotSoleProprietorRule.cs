using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Brand;

/// <summary>The sole-proprietor registration is for individuals without an EIN; a registered company does not qualify.</summary>
public sealed class NotSoleProprietorRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "801",
        Title = "Registered as a sole proprietor but looks like a company",
        Area = RuleArea.Brand,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Register a business that has an EIN, or a legal form such as an LLC or Inc, as PRIVATE_PROFIT (or its real entity type) with its EIN and legal name, and pick a standard use case. Keep SOLE_PROPRIETOR for individuals who have no EIN.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var b = context.Brand;
        if (!BrandFacts.IsSoleProprietor(b)) return Check.Passed("not registered as a sole proprietor");
        var findings = new List<Finding>();
        if (BrandFacts.Digits(b.Ein).Length > 0)
            findings.Add(new Finding(
                $"A sole-proprietor brand gives the EIN \"{b.Ein!.Trim()}\"; an entity with an EIN does not meet the sole-proprietor criteria.",
                Evidence.Field(Fields.Ein, b.Ein)));
        foreach (var (pointer, value) in new[] { (Fields.CompanyName, b.CompanyName), (Fields.DisplayName, b.DisplayName) })
        {
            if (LegalNames.FindBusinessForm(value) is not { } form) continue;
            findings.Add(new Finding(
                $"The name \"{value!.Trim()}\" carries the legal form \"{form.Value}\", which marks a registered company, not an individual.",
                Evidence.Words(pointer, value, form.Start, form.Length)));
            break;
        }
        if (!string.IsNullOrWhiteSpace(b.StockSymbol))
            findings.Add(new Finding(
                $"A sole-proprietor brand gives the stock symbol \"{b.StockSymbol.Trim()}\".",
                Evidence.Field(Fields.StockSymbol, b.StockSymbol)));
        return Check.From(findings);
    }
}

using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.Brand;

/// <summary>A public company is verified through its listing and a business contact who confirms the registration.</summary>
public sealed class PublicCompanyDetailsMissingRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF404",
        Title = "Public company lacks its stock symbol, exchange or business contact e-mail",
        Area = RuleArea.Brand,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "For a PUBLIC_PROFIT brand, give the ticker (stockSymbol), the exchange it trades on (stockExchange, e.g. NASDAQ or NYSE) and a business contact e-mail at the company's domain, where the registry sends the brand confirmation.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var b = context.Brand;
        if (BrandFacts.EntityType(b) != EntityTypes.PublicProfit) return Check.Passed("not registered as PUBLIC_PROFIT");
        var findings = new List<Finding>();
        Require(Fields.StockSymbol, b.StockSymbol, "stock symbol");
        Require(Fields.StockExchange, b.StockExchange, "stock exchange");
        Require(Fields.BusinessContactEmail, b.BusinessContactEmail, "business contact e-mail");
        return Check.From(findings);

        void Require(string pointer, string? value, string what)
        {
            if (!string.IsNullOrWhiteSpace(value)) return;
            findings.Add(new Finding($"The public company \"{BrandFacts.Name(b)}\" gives no {what}.", Evidence.Field(pointer, value)));
        }
    }
}

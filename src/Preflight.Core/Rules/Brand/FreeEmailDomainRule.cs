using Preflight.Core.Engine;

namespace Preflight.Core.Rules.Brand;

/// <summary>An established business with a free mailbox is a weaker identity signal and draws a fraud check.</summary>
public sealed class FreeEmailDomainRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF412",
        Equivalents = ["713"],
        Title = "Business registers with a free e-mail address",
        Area = RuleArea.Brand,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "If the business has its own domain, register an address there (e.g. office@yourbusiness.com); reviewers reject well-known organisations that use a free mailbox. A small business without a domain can keep a working free address.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var b = context.Brand;
        if (BrandFacts.IsSoleProprietor(b)) return Check.Passed("sole proprietors may use a personal mailbox");
        if (BrandFacts.IsPublic(b)) return Check.Passed("public companies are checked by 713");
        return FreeEmail.Judge(context, "an established business or organisation is expected to use its own domain");
    }
}

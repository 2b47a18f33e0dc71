using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.Brand;

/// <summary>A listed company registering with a free mailbox looks like impersonation.</summary>
public sealed class FreeEmailForPublicCompanyRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "713",
        Title = "Public company uses a free e-mail address",
        Area = RuleArea.Brand,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Use an address at the company's own domain (e.g. compliance@company.com) for the brand e-mail and the business contact e-mail, and make sure the mailbox works: the registry sends verification mail there.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var b = context.Brand;
        if (!BrandFacts.IsPublic(b)) return Check.Passed("not a public company (other businesses are checked by PF412)");
        return Check.From(FreeEmail.Findings(context, "a publicly traded company is expected to use its own domain"));
    }
}

/// <summary>Shared by 713 and PF412: the brand's e-mail fields at free providers.</summary>
internal static class FreeEmail
{
    public static IEnumerable<Finding> Findings(RuleContext context, string why)
    {
        var b = context.Brand;
        var own = BrandFacts.WebsiteHost(b);
        foreach (var (pointer, what, value) in new[] { (Fields.Email, "e-mail", b.Email), (Fields.BusinessContactEmail, "business contact e-mail", b.BusinessContactEmail) })
        {
            var domain = BrandFacts.EmailDomain(value);
            if (domain is null || !context.Data.IsFreeEmailDomain(domain)) continue;
            var suggestion = own is null ? "" : $" (for example an address @{own})";
            var start = value!.LastIndexOf('@') + 1;
            yield return new Finding(
                $"The {what} \"{value!.Trim()}\" of \"{BrandFacts.Name(b)}\" is a personal mailbox at {domain} (a free or internet-provider mail service); {why}{suggestion}.",
                Evidence.Words(pointer, value, start, value.Length - start));
        }
    }
}

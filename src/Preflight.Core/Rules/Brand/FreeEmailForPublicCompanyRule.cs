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
        return FreeEmail.Judge(context, "a publicly traded company is expected to use its own domain");
    }
}

/// <summary>Shared by 713 and PF412: the brand's e-mail fields at free providers.</summary>
internal static class FreeEmail
{
    public static Check Judge(RuleContext context, string why)
    {
        var b = context.Brand;
        // Most brands use their own domain: tell that without the lower-cased copies (see MayBeFree).
        if (!MayBeFree(context.Data, b.Email) && !MayBeFree(context.Data, b.BusinessContactEmail)) return Check.Pass;
        return Check.From(Findings(context, why));
    }

    /// <summary>
    /// False when <paramref name="email"/> is certainly not at a free provider: an ASCII address whose domain, read as
    /// <see cref="BrandFacts.EmailDomain"/> and <see cref="Preflight.Core.Text.ReferenceData.IsFreeEmailDomain(string)"/> read it (trimmed, the
    /// final dots dropped, then each parent domain), is not in the list. The list is matched ignoring case and holds
    /// lower-case names, and lower-casing ASCII changes only A-Z, so the domain needs no lower-cased copy. True
    /// otherwise, for the full reading to decide.
    /// </summary>
    internal static bool MayBeFree(Preflight.Core.Text.ReferenceData data, string? email)
    {
        if (string.IsNullOrWhiteSpace(email)) return false;
        if (!System.Text.Ascii.IsValid(email)) return true;
        var at = email.LastIndexOf('@');
        if (at < 0 || at == email.Length - 1) return false;
        var d = email.AsSpan(at + 1).Trim().TrimEnd('.');
        if (d.Length == 0) return false;
        return data.IsFreeEmailDomain(d.Trim().TrimEnd('.'));
    }

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

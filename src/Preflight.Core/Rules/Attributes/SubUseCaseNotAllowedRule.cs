using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Attributes;

/// <summary>Only the standard use cases may be sub-use-cases of MIXED or LOW_VOLUME.</summary>
public sealed class SubUseCaseNotAllowedRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF307",
        Title = "Sub-use-case is not allowed under MIXED or LOW_VOLUME",
        Area = RuleArea.Attributes,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Choose sub-use-cases from 2FA, ACCOUNT_NOTIFICATION, CUSTOMER_CARE, DELIVERY_NOTIFICATION, FRAUD_ALERT, HIGHER_EDUCATION, MARKETING, POLLING_VOTING, PUBLIC_SERVICE_ANNOUNCEMENT and SECURITY_ALERT; special use cases need their own campaign.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var c = context.Campaign;
        if (!UseCases.IsComposite(UseCaseSignals.Normalize(c.Usecase))) return Check.Passed("the use case does not take sub-use-cases");
        var findings = new List<Finding>();
        foreach (var raw in c.SubUsecases.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var sub = UseCaseSignals.Normalize(raw);
            if (UseCases.SubUseCases.Contains(sub)) continue;
            var why = UseCases.All.Contains(sub) ? "cannot be a sub-use-case" : "is not a registry use case";
            findings.Add(new Finding(
                $"Sub-use-case \"{raw}\" {why}.",
                Evidence.Field(Fields.SubUsecases, raw)));
        }
        return Check.From(findings);
    }
}

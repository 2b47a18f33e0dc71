using System.Text.RegularExpressions;
using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.PrivacyPolicy;

/// <summary>The submission must give the privacy policy's address (the link field, or a link in the message flow).</summary>
public sealed partial class NoPrivacyPolicyUrlRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "7100",
        Equivalents = ["851", "30896"],
        Title = "No privacy policy URL in the submission",
        Area = RuleArea.PrivacyPolicy,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Fill in privacyPolicyLink with the https address of the brand's privacy policy, even when the message flow already mentions it; if there is no website, attach the policy as a document and say so in the message flow.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var field = context.Text.Field(Fields.PrivacyPolicyLink);
        if (field.Get(TextFacts.ParsedUrl) is not null) return Check.Pass;
        var flow = context.Text.Field(Fields.MessageFlow);
        // Without a website the policy may be attached as a document; the registration then says so.
        if (Attached().IsMatch(flow.Text)) return Check.Passed("the message flow says the privacy policy is attached");
        var inFlow = PolicyLinkInFlow().IsMatch(flow.Text) ? " The message flow mentions one, but reviewers look for it in the field." : "";
        return Check.Fail(new Finding(
            (field.IsEmpty
                ? "The privacy policy link field (privacyPolicyLink) is empty."
                : $"privacyPolicyLink (\"{field.Text}\") is not a web address.") + inFlow,
            Evidence.Field(Fields.PrivacyPolicyLink, context.Campaign.PrivacyPolicyLink)));
    }

    [GeneratedRegex(@"\bprivacy\b[^\n]{0,80}?(?:https?://|www\.)\S+|(?:https?://|www\.)\S*privacy", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex PolicyLinkInFlowShared();
    private static Regex PolicyLinkInFlow() => ThreadRegex.Local(PolicyLinkInFlowShared());

    [GeneratedRegex(@"\bprivacy\s+(?:policy|notice)\b[^.\n]{0,80}\b(?:attached|uploaded|supporting\s+documents?)\b|\b(?:attached|uploaded)\b[^.\n]{0,60}\bprivacy\s+(?:policy|notice)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex AttachedShared();
    private static Regex Attached() => ThreadRegex.Local(AttachedShared());
}

using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>
/// The DCA's review that pairs the keyword replies with privacy: everything 611 asks of the replies, plus a privacy
/// policy the reviewer can find (the privacy policy link, or a mention in the message flow).
/// </summary>
public sealed class KeywordRepliesAndPrivacyIncompleteRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "851",
        Equivalents = ["611", "861", "30887"],
        Title = "Keyword replies incomplete or no privacy policy available",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Complete the keyword replies as for 611, and give reviewers a privacy policy: fill in the privacy policy link (or name the policy and its address in the message flow) and make sure it says mobile opt-in data is not shared with third parties.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var findings = new List<Finding>(context.Get(KeywordReplies.AuditFact));
        var link = context.Campaign.PrivacyPolicyLink;
        if (context.Text.Field(Fields.PrivacyPolicyLink).Get(TextFacts.ParsedUrl) is null && context.Text.Field(Fields.MessageFlow).PrivacyReference is null)
            findings.Add(new Finding(
                string.IsNullOrWhiteSpace(link)
                    ? "No privacy policy is available: the privacy policy link is empty and the message flow does not mention one."
                    : $"The privacy policy link \"{link.Trim()}\" is not a web address, and the message flow does not mention a privacy policy.",
                Evidence.Field(Fields.PrivacyPolicyLink, link)));
        return Check.From(findings);
    }
}

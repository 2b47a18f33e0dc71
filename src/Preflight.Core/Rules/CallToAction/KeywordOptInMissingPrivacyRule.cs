using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>A keyword opt-in must tell the texter where the privacy policy is, or say that their number is not shared.</summary>
public sealed class KeywordOptInMissingPrivacyRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2141",
        Equivalents = ["30896"],
        Title = "Keyword opt-in does not say where to find the privacy policy",
        Area = RuleArea.CallToAction,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Add to the keyword call to action where the privacy policy is (\"Privacy Policy: https://…/privacy\", or a phone or e-mail to request it) or the privacy disclosure itself (\"We never share or sell your mobile number or opt-in data\").",
    };

    public override Check Evaluate(RuleContext context)
    {
        var flow = context.Text.Field(Fields.MessageFlow);
        if (flow.IsEmpty) return Check.Passed("no message flow to check");
        if (flow.PrivacyReference is not null || flow.Get(TextFacts.PrivacyDisclosure) is not null) return Check.Pass;
        if ((flow.OptInMethods & OptInMethod.Keyword) == OptInMethod.None) return Check.Passed("the message flow describes no keyword opt-in");
        var keyword = OptInMethods.Find(flow.Text).First(m => m.Method == OptInMethod.Keyword).Match;
        return Check.Fail(new Finding(
            $"The keyword opt-in ({CallToActionFacts.Quote(keyword)}) never says where to find the privacy policy or that mobile numbers are not shared.",
            Evidence.Words(Fields.MessageFlow, flow.Text, keyword.Start, keyword.Length)));
    }
}

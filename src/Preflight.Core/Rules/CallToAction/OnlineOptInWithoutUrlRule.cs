using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>An opt-in said to happen online needs the address of the page, or screenshots when the page is behind a login.</summary>
public sealed class OnlineOptInWithoutUrlRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2120",
        Equivalents = ["30896"],
        Title = "Online opt-in without the URL of the opt-in page",
        Area = RuleArea.CallToAction,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Put the full address of the page with the opt-in form in the message flow (https://…/sms-signup). If the form is behind a login or inside an app, say so and attach or link publicly hosted screenshots of it.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var flow = context.Text.Field(Fields.MessageFlow);
        if (flow.IsEmpty) return Check.Passed("no message flow to check");
        if (HasOptInUrl(context, Fields.MessageFlow)) return Check.Pass;
        if ((flow.OptInMethods & (OptInMethod.Website | OptInMethod.MobileApp)) == OptInMethod.None && !flow.Text.Contains("online", StringComparison.OrdinalIgnoreCase))
            return Check.Passed("the message flow describes no online opt-in");
        if (HasOptInUrl(context, Fields.Description)) return Check.Pass;
        var online = CallToActionFacts.FlowMethods(context).FirstOrDefault(m => m.Method is OptInMethod.Website or OptInMethod.MobileApp);
        if (online is null) return Check.Passed("the message flow describes no online opt-in");
        var gate = CallToActionText.FindLoginGate(flow.Text);
        var shot = CallToActionText.FindScreenshot(flow.Text);
        if (gate is not null && shot is not null) return Check.Passed("the opt-in is behind a login and screenshots are provided");
        if (online.Method == OptInMethod.MobileApp && shot is not null) return Check.Passed("the opt-in is in an app and screenshots are provided");
        var message = shot is not null
            ? $"The message flow says consumers opt in online ({CallToActionFacts.Quote(online.Match)}) and mentions screenshots, but gives no URL and does not say the form is behind a login; a public form needs its address."
            : gate is not null
                ? $"The message flow says the online opt-in ({CallToActionFacts.Quote(online.Match)}) is behind a login or in an app but neither gives a URL nor says screenshots of it are attached."
                : $"The message flow says consumers opt in online ({CallToActionFacts.Quote(online.Match)}) but gives no address of the opt-in page.";
        return Check.Fail(new Finding(message, Evidence.Words(Fields.MessageFlow, flow.Text, online.Match.Start, online.Match.Length)));
    }

    // A link that is not just the privacy policy or terms.
    private static bool HasOptInUrl(RuleContext context, string pointer)
    {
        var f = context.Text.Field(pointer);
        foreach (var u in f.Urls)
            if (!CallToActionFacts.IsAnyPolicyUrl(context, f.Text, u)) return true;
        return false;
    }
}

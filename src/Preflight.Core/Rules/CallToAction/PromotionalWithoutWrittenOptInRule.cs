using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>Promotional texts need prior express written consent; a spoken yes is not written.</summary>
public sealed class PromotionalWithoutWrittenOptInRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2101",
        Equivalents = ["30896"],
        Title = "Promotional campaign without a written opt-in",
        Area = RuleArea.CallToAction,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Collect consent for promotional texts in writing: a web form with an unchecked SMS box, a signed paper form, or a keyword the consumer texts. Describe that method in the message flow; verbal consent alone does not cover marketing.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var why = CallToActionFacts.Promotional(context);
        if (why is null) return Check.Passed("the campaign is informational; 2102 covers it");
        // From the cached facts: a keyword, paper form or QR code named anywhere is written consent.
        if ((context.Text.OptInMethods & (OptInMethod.Keyword | OptInMethod.PaperForm | OptInMethod.QrCode)) != OptInMethod.None)
            return Check.Pass;
        var pointer = Fields.MessageFlow;
        var methods = CallToActionFacts.FlowMethods(context);
        if (methods.Count == 0)
        {
            pointer = Fields.Description;
            methods = CallToActionFacts.DescriptionMethods(context);
        }
        if (methods.Count == 0) return Check.Passed("no opt-in method is described; 2100 and 806 report that");
        var found = CallToActionText.Methods(methods);
        if ((found & CallToActionText.Written) != OptInMethod.None) return Check.Pass;
        if (found.HasFlag(OptInMethod.PointOfSale) && CallToActionText.MentionsDevice(context.Text.Field(pointer).Text))
            return Check.Passed("consent is entered on a device at the point of sale");
        var spoken = methods[0];
        var described = CallToActionFacts.Join(methods.Select(m => m.Method).Distinct().Select(CallToActionFacts.Describe).ToArray());
        return Check.Fail(new Finding(
            $"The campaign is promotional ({why}) but consent is collected only through {described} ({CallToActionFacts.Quote(spoken.Match)}); marketing texts need written consent such as a web form, a signed form or a texted keyword.",
            Evidence.Words(pointer, context.Text.Field(pointer).Text, spoken.Match.Start, spoken.Match.Length)));
    }
}

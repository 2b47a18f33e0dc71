using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.VerbalOptIn;

/// <summary>A verbal opt-in has to come with the words staff actually say.</summary>
public sealed class VerbalScriptMissingRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "2105",
        Equivalents = ["30896"],
        Title = "Verbal opt-in without the script staff read",
        Area = RuleArea.VerbalOptIn,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Quote in the message flow what staff say when asking for consent, e.g. Staff say: \"Would you like Bright Smile Dental to text you appointment reminders? Up to 4 msgs/mo. Msg & data rates may apply. Reply HELP for help, STOP to cancel. Our privacy policy is at brightsmiledental.com/privacy.\"",
    };

    public override Check Evaluate(RuleContext context)
    {
        var r = VerbalScripts.Read(context);
        if (r is null) return Check.Passed("the message flow describes no verbal opt-in");
        if (r.Script is not null) return Check.Pass;
        return Check.Fail(new Finding(
            $"The message flow says consent is given verbally (\"{r.Spoken.Value}\") but does not give the words staff say to the consumer.",
            Evidence.Words(Fields.MessageFlow, r.Flow, r.Spoken.Start, r.Spoken.Length)));
    }
}

using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.Attributes;

/// <summary>The fields the registry cannot accept a campaign without.</summary>
public sealed class RequiredFieldsMissingRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "3105",
        Equivalents = ["30886"],
        Title = "Required campaign fields are empty",
        Area = RuleArea.Attributes,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Fill in the use case, description, message flow, the samples from sample1 on, both embedded-content attributes, and the keywords and reply for every subscriber opt-in, opt-out and help option you turned on.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var c = context.Campaign;
        var findings = new List<Finding>();
        Text(Fields.Usecase, c.Usecase, "the use case");
        Text(Fields.Description, c.Description, "the campaign description");
        Text(Fields.MessageFlow, c.MessageFlow, "the message flow (call to action)");
        if (string.IsNullOrWhiteSpace(c.Sample1))
            findings.Add(new Finding(
                context.Samples.Count == 0
                    ? "No sample message is given; sample1 is required."
                    : "sample1 is empty; the registry fills samples from sample1 on.",
                Evidence.Field(Fields.Sample1, c.Sample1)));
        Flag(Fields.EmbeddedLink, c.EmbeddedLink, "embeddedLink");
        Flag(Fields.EmbeddedPhone, c.EmbeddedPhone, "embeddedPhone");

        // The registry asks for the keyword replies of each subscriber option that is on. Other shapes (Twilio)
        // supply default replies, so they are not required there.
        if (context.Submission.Shape == SubmissionShape.Registry)
        {
            if (c.SubscriberOptin == true)
            {
                Text(Fields.OptinKeywords, c.OptinKeywords, "the opt-in keywords (subscriberOptin is true)");
                Text(Fields.OptinMessage, c.OptinMessage, "the opt-in message (subscriberOptin is true)");
            }
            if (c.SubscriberOptout == true)
            {
                Text(Fields.OptoutKeywords, c.OptoutKeywords, "the opt-out keywords (subscriberOptout is true)");
                Text(Fields.OptoutMessage, c.OptoutMessage, "the opt-out message (subscriberOptout is true)");
            }
            if (c.SubscriberHelp == true)
            {
                Text(Fields.HelpKeywords, c.HelpKeywords, "the help keywords (subscriberHelp is true)");
                Text(Fields.HelpMessage, c.HelpMessage, "the help message (subscriberHelp is true)");
            }
        }
        return Check.From(findings);

        void Text(string pointer, string? value, string what)
        {
            if (string.IsNullOrWhiteSpace(value))
                findings.Add(new Finding($"{Capital(what)} is empty.", Evidence.Field(pointer, value)));
        }

        void Flag(string pointer, bool? value, string name)
        {
            if (value is null)
                findings.Add(new Finding($"{name} is not set; answer it true or false.", Evidence.Field(pointer, null)));
        }
    }

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}

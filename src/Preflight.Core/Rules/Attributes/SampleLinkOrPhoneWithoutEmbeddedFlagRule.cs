using Preflight.Core.Engine;
using Preflight.Core.Rules.SampleMessages;

namespace Preflight.Core.Rules.Attributes;

/// <summary>A link or phone number in a sample needs the matching embedded-content attribute set to true.</summary>
public sealed class SampleLinkOrPhoneWithoutEmbeddedFlagRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "3106",
        Equivalents = ["601", "30889"],
        Title = "Link or phone number in a sample but the embedded attribute is not set",
        Area = RuleArea.Attributes,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Set embeddedLink to true when any sample has a link and embeddedPhone to true when any sample has a phone number. These attributes cannot be edited later, so create the campaign again with them set.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var c = context.Campaign;
        var findings = new List<Finding>();
        foreach (var s in context.Samples)
        {
            if (c.EmbeddedLink != true)
            {
                var links = SampleFields.Links(context, s.Pointer);
                if (links.Count > 0)
                    findings.Add(new Finding(
                        $"{SampleFields.Name(s.Pointer)} contains the link \"{links[0].Value}\" but embeddedLink is {Flag(c.EmbeddedLink)}.",
                        Evidence.Words(s.Pointer, s.Value, links[0].Start, links[0].Length)));
            }
            if (c.EmbeddedPhone != true)
            {
                var phones = context.Text.Field(s.Pointer).Phones;
                if (phones.Count > 0)
                    findings.Add(new Finding(
                        $"{SampleFields.Name(s.Pointer)} contains the phone number \"{phones[0].Value}\" but embeddedPhone is {Flag(c.EmbeddedPhone)}.",
                        Evidence.Words(s.Pointer, s.Value, phones[0].Start, phones[0].Length)));
            }
        }
        return Check.From(findings);
    }

    internal static string Flag(bool? value) => value switch { true => "true", false => "false", null => "not set" };
}

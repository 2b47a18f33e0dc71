using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Rules.SampleMessages;

namespace Preflight.Core.Rules.Attributes;

/// <summary>
/// The DCA's general reason for attributes that do not match the samples: the embedded link and phone attributes
/// must say what the samples show, in either direction.
/// </summary>
public sealed class CampaignAttributesContradictSamplesRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "601",
        Equivalents = ["3106", "3108", "3109", "30889"],
        Title = "Campaign attributes do not match the sample messages",
        Area = RuleArea.Attributes,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Make embeddedLink and embeddedPhone say what the samples show: true when a sample carries a link or phone number, false when none does. They cannot be changed on an existing campaign, so create it again.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var c = context.Campaign;
        var samples = context.Samples;
        if (samples.Count == 0) return Check.Passed("no sample messages to compare with (see 3105)");
        var findings = new List<Finding>();

        var link = samples.Select(s => (s, urls: SampleFields.Links(context, s.Pointer))).FirstOrDefault(x => x.urls.Count > 0);
        var linkSample = context.Text.Field(Fields.EmbeddedLinkSample);
        if (link.s is not null && c.EmbeddedLink != true)
            findings.Add(new Finding(
                $"embeddedLink is {Flag(c.EmbeddedLink)} but {SampleFields.Name(link.s.Pointer)} contains the link \"{link.urls[0].Value}\".",
                Evidence.Words(link.s.Pointer, link.s.Value, link.urls[0].Start, link.urls[0].Length)));
        else if (link.s is null && c.EmbeddedLink == true && linkSample.Urls.Count == 0)
            findings.Add(new Finding(
                "embeddedLink is true but no sample contains a link.",
                Evidence.Field(Fields.EmbeddedLink, "true")));
        if (c.EmbeddedLink != true && linkSample.Urls.Count > 0)
            findings.Add(new Finding(
                $"embeddedLinkSample gives \"{linkSample.Urls[0].Value}\" but embeddedLink is {Flag(c.EmbeddedLink)}.",
                Evidence.Field(Fields.EmbeddedLinkSample, linkSample.Text)));

        var phone = samples.Select(s => (s, phones: context.Text.Field(s.Pointer).Phones)).FirstOrDefault(x => x.phones.Count > 0);
        if (phone.s is not null && c.EmbeddedPhone != true)
            findings.Add(new Finding(
                $"embeddedPhone is {Flag(c.EmbeddedPhone)} but {SampleFields.Name(phone.s.Pointer)} contains the phone number \"{phone.phones[0].Value}\".",
                Evidence.Words(phone.s.Pointer, phone.s.Value, phone.phones[0].Start, phone.phones[0].Length)));
        else if (phone.s is null && c.EmbeddedPhone == true)
            findings.Add(new Finding(
                "embeddedPhone is true but no sample contains a phone number.",
                Evidence.Field(Fields.EmbeddedPhone, "true")));

        return Check.From(findings);
    }

    private static string Flag(bool? value) => SampleLinkOrPhoneWithoutEmbeddedFlagRule.Flag(value);
}

using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Rules.SampleMessages;
using Preflight.Core.Text;

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
        List<Finding>? findings = null;

        var link = (s: (TextField?)null, urls: (IReadOnlyList<UrlMatch>)[]);
        for (var i = 0; i < samples.Count && link.s is null; i++)
        {
            var urls = SampleFields.Links(context, samples[i].Pointer);
            if (urls.Count > 0) link = (samples[i], urls);
        }
        var linkSample = context.Text.Field(Fields.EmbeddedLinkSample);
        if (link.s is not null && c.EmbeddedLink != true)
            (findings ??= []).Add(new Finding(
                $"embeddedLink is {Flag(c.EmbeddedLink)} but {SampleFields.Name(link.s.Pointer)} contains the link \"{link.urls[0].Value}\".",
                Evidence.Words(link.s.Pointer, link.s.Value, link.urls[0].Start, link.urls[0].Length)));
        else if (link.s is null && c.EmbeddedLink == true && linkSample.Urls.Count == 0)
            (findings ??= []).Add(new Finding(
                "embeddedLink is true but no sample contains a link.",
                Evidence.Field(Fields.EmbeddedLink, "true")));
        if (c.EmbeddedLink != true && linkSample.Urls.Count > 0)
            (findings ??= []).Add(new Finding(
                $"embeddedLinkSample gives \"{linkSample.Urls[0].Value}\" but embeddedLink is {Flag(c.EmbeddedLink)}.",
                Evidence.Field(Fields.EmbeddedLinkSample, linkSample.Text)));

        var phone = (s: (TextField?)null, phones: (IReadOnlyList<TextMatch>)[]);
        for (var i = 0; i < samples.Count && phone.s is null; i++)
        {
            var phones = context.Text.Field(samples[i].Pointer).Phones;
            if (phones.Count > 0) phone = (samples[i], phones);
        }
        if (phone.s is not null && c.EmbeddedPhone != true)
            (findings ??= []).Add(new Finding(
                $"embeddedPhone is {Flag(c.EmbeddedPhone)} but {SampleFields.Name(phone.s.Pointer)} contains the phone number \"{phone.phones[0].Value}\".",
                Evidence.Words(phone.s.Pointer, phone.s.Value, phone.phones[0].Start, phone.phones[0].Length)));
        else if (phone.s is null && c.EmbeddedPhone == true)
            (findings ??= []).Add(new Finding(
                "embeddedPhone is true but no sample contains a phone number.",
                Evidence.Field(Fields.EmbeddedPhone, "true")));

        return findings is null ? Check.Pass : Check.From(findings);
    }

    private static string Flag(bool? value) => SampleLinkOrPhoneWithoutEmbeddedFlagRule.Flag(value);
}

using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Rules.SampleMessages;

namespace Preflight.Core.Rules.Attributes;

/// <summary>embeddedLink says messages carry a link; a sample (or the embedded link sample) has to show one.</summary>
public sealed class EmbeddedLinkFlagWithoutLinkRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "3109",
        Equivalents = ["601"],
        Title = "embeddedLink is true but no sample contains a link",
        Area = RuleArea.Attributes,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Add a sample with the kind of link your messages will carry (on your own domain, with https), or set embeddedLink to false if they will not include links.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var c = context.Campaign;
        if (c.EmbeddedLink != true) return Check.Passed("embeddedLink is not true");
        var samples = context.Samples;
        if (samples.Count == 0) return Check.Passed("no sample messages to look in (see 3105)");
        if (samples.Any(s => SampleFields.Links(context, s.Pointer).Count > 0)) return Check.Pass;
        if (context.Text.Field(Fields.EmbeddedLinkSample).Urls.Count > 0) return Check.Pass;
        return Check.Fail(new Finding(
            $"embeddedLink is true but none of the {samples.Count} samples contains a link.",
            Evidence.Field(Fields.EmbeddedLink, "true")));
    }
}

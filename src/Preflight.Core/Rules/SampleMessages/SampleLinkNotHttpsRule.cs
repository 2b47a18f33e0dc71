using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.SampleMessages;

/// <summary>Links in samples written with http:// are flagged by providers that require secure links.</summary>
public sealed class SampleLinkNotHttpsRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF304",
        Equivalents = ["30892"],
        Title = "Sample message links with http:// instead of https://",
        Area = RuleArea.SampleMessages,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "Write every link in the samples with https:// and make sure the site serves it securely.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var findings = new List<Finding>();
        foreach (var pointer in context.Samples.Select(s => s.Pointer).Append(Fields.EmbeddedLinkSample))
        {
            var field = context.Text.Field(pointer);
            foreach (var url in field.Urls)
            {
                if (!string.Equals(url.Scheme, "http", StringComparison.Ordinal)) continue;
                findings.Add(new Finding(
                    $"{SampleFields.Name(pointer)} links to \"{url.Value}\" without https.",
                    Evidence.Words(pointer, field.Text, url.Start, url.Length)));
            }
        }
        return Check.From(findings);
    }
}

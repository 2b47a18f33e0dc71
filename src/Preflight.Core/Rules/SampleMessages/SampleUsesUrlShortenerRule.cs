using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.SampleMessages;

/// <summary>Links from public URL shorteners in the samples read as spam to carriers.</summary>
public sealed class SampleUsesUrlShortenerRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "8201",
        Equivalents = ["30892"],
        Title = "Sample message uses a public URL shortener",
        Area = RuleArea.SampleMessages,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Replace bit.ly, tinyurl.com and similar links with the full address on your own domain, or with a branded short domain you own.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var fields = context.Samples.Select(s => s.Pointer).Append(Fields.EmbeddedLinkSample);
        var findings = new List<Finding>();
        foreach (var pointer in fields)
        {
            var field = context.Text.Field(pointer);
            foreach (var url in field.Urls)
            {
                if (!context.Data.IsShortener(url.Host)) continue;
                findings.Add(new Finding(
                    $"{SampleFields.Name(pointer)} links through the public shortener {url.Host} (\"{url.Value}\").",
                    Evidence.Words(pointer, field.Text, url.Start, url.Length)));
            }
        }
        return Check.From(findings);
    }
}

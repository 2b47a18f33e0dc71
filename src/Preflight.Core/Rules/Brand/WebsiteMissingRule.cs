using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.Brand;

/// <summary>Reviewers confirm the brand exists through its website or another public presence.</summary>
public sealed class WebsiteMissingRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF406",
        Title = "Brand gives no website or other online presence",
        Area = RuleArea.Brand,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Enter the business's website in the brand's website field. Without a website, give another public page that shows the business exists, such as its social media profile or business listing.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var b = context.Brand;
        if (!string.IsNullOrWhiteSpace(b.Website)) return Check.Pass;
        return Check.Fail(new Finding(
            $"\"{BrandFacts.Name(b)}\" gives no website; reviewers need a website or another public online presence to verify the brand.",
            Evidence.Field(Fields.Website, b.Website)));
    }
}

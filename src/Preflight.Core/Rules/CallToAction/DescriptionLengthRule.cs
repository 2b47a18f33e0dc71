using Preflight.Core.Engine;
using Preflight.Core.Model;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>The registry takes a campaign description of 40 to 4,096 characters.</summary>
public sealed class DescriptionLengthRule : Rule
{
    public const int Min = 40;
    public const int Max = 4096;

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF100",
        Equivalents = ["30886"],
        Title = "Campaign description is shorter than 40 or longer than 4,096 characters",
        Area = RuleArea.CallToAction,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "Write the description in 40 to 4,096 characters: who the brand is, who receives the texts, what they are about and how often, and how recipients opted in.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var text = context.Campaign.Description;
        if (string.IsNullOrWhiteSpace(text)) return Check.Passed("no description; the required-fields rule reports it");
        var length = text.Trim().Length;
        if (length < Min)
            return Check.Fail(new Finding($"The description has {length} characters; the registry needs at least {Min}.", Evidence.Field(Fields.Description, text)));
        if (length > Max)
            return Check.Fail(new Finding($"The description has {length} characters; the registry takes at most {Max}.", Evidence.Field(Fields.Description, text)));
        return Check.Pass;
    }
}

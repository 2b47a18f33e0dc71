using System.Text.RegularExpressions;
using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Attributes;

/// <summary>The CHARITY use case is for soliciting donations; the campaign has to say it will.</summary>
public sealed partial class CharityWithoutDonationRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "3110",
        Title = "CHARITY campaign does not mention donations",
        Area = RuleArea.Attributes,
        Severity = Severity.Rejection,
        Needs = Needs.Submission,
        Fix = "State in the description that messages will ask for donations (and show one in a sample), or register the campaign under the use case that fits what you will send.",
    };

    private static readonly string[] Places = [Fields.Description, Fields.MessageFlow, Fields.Sample1, Fields.Sample2, Fields.Sample3, Fields.Sample4, Fields.Sample5];

    public override Check Evaluate(RuleContext context)
    {
        if (UseCaseSignals.Normalize(context.Campaign.Usecase) != UseCases.Charity)
            return Check.Passed("the use case is not CHARITY");
        foreach (var p in Places)
        {
            var field = context.Text.Field(p);
            if (field.IsEmpty) continue;
            if (field.Content(ContentCategory.Donation).Count > 0 || Giving().IsMatch(field.Text)) return Check.Pass;
        }
        return Check.Fail(new Finding(
            "The use case is CHARITY but neither the description, the message flow nor any sample mentions donations or fundraising.",
            Evidence.Field(Fields.Description, context.Campaign.Description)));
    }

    // Giving words beyond the donation list ("your gift", "give to", "raise money").
    [GeneratedRegex(@"\b(?:give\s+(?:to|a|\$|now|today|back)|giving|(?:your|a)\s+gifts?|gifts?\s+of|fundrais\w*|raise\s+(?:money|funds)|sponsor\s+a)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex GivingShared();
    private static Regex Giving() => ThreadRegex.Local(GivingShared());
}

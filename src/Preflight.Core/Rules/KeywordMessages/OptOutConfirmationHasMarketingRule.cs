using System.Text.RegularExpressions;
using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.KeywordMessages;

/// <summary>Since April 2025 (FCC) the single opt-out confirmation may not carry marketing.</summary>
public sealed partial class OptOutConfirmationHasMarketingRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "PF207",
        Title = "Opt-out confirmation contains marketing",
        Area = RuleArea.KeywordMessages,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "Confirm the opt-out and nothing else: no offers, coupon codes or invitations to shop. A \"Reply START to resubscribe\" line is fine.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var field = context.Text.Field(Fields.OptoutMessage);
        if (field.IsEmpty) return Check.Passed("no opt-out message to check");
        var marketing = field.Content(ContentCategory.Marketing);
        var mayOffer = OfferWords.MayMatch(field.Text);
        // Most confirmations: no marketing phrase and none of the offer words, so nothing to sort or copy.
        if (marketing.Count == 0 && !mayOffer) return Check.Pass;
        var found = marketing.ToList();
        // Offers written with figures ("20% off", "$5 off", "just $99 through April"), coupon codes and invitations to
        // buy ("call … to book"), which the word list does not catch.
        if (mayOffer)
            foreach (Match m in Offer().Matches(field.Text))
                if (!found.Any(f => f.Start < m.Index + m.Length && m.Index < f.End))
                    found.Add(new TextMatch(m.Index, m.Length, m.Value));
        return Check.From(found.OrderBy(m => m.Start).Select(m => new Finding(
            $"The opt-out confirmation promotes something (\"{m.Value}\"); it may only confirm the opt-out.",
            Evidence.Words(Fields.OptoutMessage, field.Text, m.Start, m.Length))));
    }

    // Words every offer below holds: a reply without them is not searched (see RequiredWords).
    internal static readonly RequiredWords OfferWords = new(Offer(), ["off", "code", "$", "book", "order", "shop", "buy", "save", "redeem", "claim"]);

    [GeneratedRegex(@"(?:\d+\s?%|\$\s?\d+(?:\.\d{2})?)\s*off\b|\b(?:use|with|enter|apply)\s+(?:promo\s+|coupon\s+|discount\s+)?code\s+[A-Z0-9]{3,}\b|\bcome\s+back\s+(?:and|to)\s+(?:save|shop)\b|\b(?:just|only|now)\s+\$\s?\d+(?:\.\d{2})?|\$\s?\d+(?:\.\d{2})?\s+(?:through|thru|until|till|this\s+(?:week|weekend|month))\b|\b(?:call|text|visit|click|tap)\b[^.!?\n]{0,40}?\bto\s+(?:book|order|shop|buy|save|redeem|claim)\b|\b(?:book|shop|order|buy)\s+(?:now|today)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 2000)]
    private static partial Regex OfferShared();
    private static Regex Offer() => ThreadRegex.Local(OfferShared());
}

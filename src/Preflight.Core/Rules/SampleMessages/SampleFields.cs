using System.Text.RegularExpressions;
using Preflight.Core.Engine;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.SampleMessages;

/// <summary>What the sample-message and attribute rules share: field names for people, and the links a sample really carries.</summary>
internal static partial class SampleFields
{
    /// <summary>"sample2" for <c>/campaign/sample2</c>.</summary>
    public static string Name(string pointer) => pointer[(pointer.LastIndexOf('/') + 1)..];

    /// <summary>
    /// The web addresses in a field, leaving out a brand name that merely looks like one ("Shoes.com: your order
    /// shipped" names the brand; it is not a link the consumer is asked to follow). See
    /// <see cref="BrandNameMatcher.IsNameAddress"/>.
    /// </summary>
    public static IReadOnlyList<UrlMatch> Links(RuleContext context, string pointer)
    {
        var urls = context.Text.Field(pointer).Urls;
        if (urls.Count == 0) return urls;
        var brand = context.Text.Brand;
        List<UrlMatch>? kept = null;
        var dropped = false;
        foreach (var u in urls)
        {
            if (brand.IsNameAddress(u)) dropped = true;
            else (kept ??= []).Add(u);
        }
        return dropped ? kept ?? (IReadOnlyList<UrlMatch>)[] : urls;
    }

    /// <summary>Up to three items, quoted and joined for a message.</summary>
    public static string Quote(IEnumerable<string> items)
    {
        var list = items.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var shown = string.Join(", ", list.Take(3).Select(i => $"\"{i}\""));
        return list.Length > 3 ? shown + $" and {list.Length - 3} more" : shown;
    }

    /// <summary><see cref="Promotional"/>, computed once per field.</summary>
    public static readonly FieldFact<IReadOnlyList<TextMatch>> PromotionalFact = new(Promotional);

    /// <summary>
    /// The marketing phrases of a field that really are promotional: not taken back later in the clause, not a
    /// one-time passcode ("Use code 775201 to sign in" is 2FA, "use code SAVE10" is a coupon), and not a saving
    /// already applied to the consumer's own transaction ("your military discount was applied" is a receipt).
    /// </summary>
    public static IReadOnlyList<TextMatch> Promotional(FieldAnalysis field)
    {
        var text = field.Text;
        var all = field.Content(ContentCategory.Marketing);
        // Most fields have no offer at all: nothing is allocated for them (no list, no match objects, no closures).
        List<TextMatch>? kept = null;
        for (var i = 0; i < all.Count; i++)
        {
            var m = all[i];
            if (!NegatedAfter(text, m.End) && !Passcode().IsMatch(text.AsSpan(m.End)) && !AlreadyApplied(text, m.Start, m.End)
                && !KeptFromSharing(text, m))
                (kept ??= []).Add(m);
        }
        // The list's "% off" cannot match after a digit ("20% off"), so percentages are found here; a recurring
        // special ("our monthly whitening special") has words between its parts that a list phrase cannot skip.
        kept = AddOffers(PercentOff(), text, kept);
        kept = AddOffers(RecurringSpecial(), text, kept);
        if (kept is null) return [];
        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    // The pattern's matches that overlap no kept match and are neither negated nor already applied, added to kept.
    private static List<TextMatch>? AddOffers(Regex pattern, string text, List<TextMatch>? kept)
    {
        foreach (var m in pattern.EnumerateMatches(text))
        {
            int start = m.Index, end = m.Index + m.Length;
            if (Overlaps(kept, start, end) || Negation.IsNegated(text, start) || NegatedAfter(text, end) || AlreadyApplied(text, start, end))
                continue;
            (kept ??= []).Add(new TextMatch(start, m.Length, text.Substring(start, m.Length)));
        }
        return kept;
    }

    private static bool Overlaps(List<TextMatch>? kept, int start, int end)
    {
        if (kept is null) return false;
        foreach (var k in kept)
            if (k.Start < end && start < k.End) return true;
        return false;
    }

    /// <summary>
    /// Whether the words name a use the consumer's data is kept from, in a privacy sentence whose negation may stand
    /// further back than <see cref="Negation"/> looks: "your number will never be sold, rented or shared with third
    /// parties or affiliates for promotional purposes".
    /// </summary>
    public static bool KeptFromSharing(string text, TextMatch match)
    {
        var before = Negation.ClauseBefore(text, match.Start, window: 200);
        return ForAPurpose().IsMatch(before) && CallToActionText.FindPrivacyDisclosure(before.ToString()) is not null;
    }

    /// <summary>
    /// Whether an offer's words report a saving the consumer already has on a transaction: "your 5% prepay discount
    /// was applied", "coupon has been redeemed", "your order #5521 qualified for free shipping", "we applied your
    /// loyalty discount". A discount that will be applied at checkout is still an offer.
    /// </summary>
    public static bool AlreadyApplied(string text, TextMatch match) => AlreadyApplied(text, match.Start, match.End);

    private static bool AlreadyApplied(string text, int start, int end) =>
        AppliedAfter().IsMatch(Negation.ClauseAfter(text, end)) || AppliedBefore().IsMatch(Negation.ClauseBefore(text, start));

    /// <summary>
    /// Whether the rest of the clause takes a mention back ("Marketing messages are not sent", "promotions will never
    /// be included"); the content classifier only looks for negation before the words.
    /// </summary>
    public static bool NegatedAfter(string text, TextMatch match) => NegatedAfter(text, match.End);

    private static bool NegatedAfter(string text, int end) => TrailingNegator().IsMatch(Negation.ClauseAfter(text, end));

    [GeneratedRegex(@"^[\w\s,'/&-]*?\b(?:(?:is|are|was|were|has|have|had|will|would|shall|may|can|do|does|did|be)\s+(?:not|never)|isn't|aren't|won't|never|not\s+(?:be\s+)?(?:sent|included|used|part))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex TrailingNegatorShared();
    private static Regex TrailingNegator() => ThreadRegex.Local(TrailingNegatorShared());

    [GeneratedRegex(@"\b\d{1,3}\s?%\s*off\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex PercentOffShared();
    private static Regex PercentOff() => ThreadRegex.Local(PercentOffShared());

    // "our monthly whitening special", "this month's special on night guards", "seasonal specials": an offer that
    // recurs. "Special" has to end the phrase ("holiday special hours" and "special education" are not offers), and a
    // cafeteria's daily special is left alone.
    [GeneratedRegex(@"\b(?:monthly|weekly|seasonal|holiday|this\s+month['’]?s|this\s+week['’]?s|new[\s-]patient|introductory|members?['’]?)\s+(?:[a-z]+\s+){0,2}?specials?\b(?=\s*(?:$|[,.;:!?)\-–—])|\s+(?:on|for|and|at|of|is|are|this|every|each|from|to|with|in|starts?|ends?|runs?)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex RecurringSpecialShared();
    private static Regex RecurringSpecial() => ThreadRegex.Local(RecurringSpecialShared());

    // The end of "… for promotional", "… for their own marketing or promotional": the purpose a sentence names.
    [GeneratedRegex(@"\bfor\s+(?:(?:their|its|any|other|own|direct|third[\s-]party|marketing|promotional|or|and|/)\s*){0,4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex ForAPurposeShared();
    private static Regex ForAPurpose() => ThreadRegex.Local(ForAPurposeShared());

    // After the offer, in its clause: "was applied", "has been redeemed", "were deducted from your total".
    [GeneratedRegex(@"^[\w\s%$#.,'’&-]{0,30}?\b(?:was|were|has\s+been|have\s+been|got|is\s+now)\s+(?:automatically\s+|successfully\s+|already\s+)?(?:applied|redeemed|deducted|credited|taken\s+off|included)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex AppliedAfterShared();
    private static Regex AppliedAfter() => ThreadRegex.Local(AppliedAfterShared());

    // Before the offer, in its clause: "your order #5521 qualified for", "we applied your", "we've credited a".
    [GeneratedRegex(@"(?:\byour\s+(?:order|purchase|invoice|bill|payment|booking|reservation|visit|statement|renewal)\b[^.!?\n]{0,30}?\b(?:qualified|was\s+eligible)\s+for|\b(?:we\s+|we['’]ve\s+|we\s+have\s+)(?:applied|redeemed|credited|included)(?:\s+(?:your|a|an|the))?)\s+(?:[\w%$#.,'’-]+\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex AppliedBeforeShared();
    private static Regex AppliedBefore() => ThreadRegex.Local(AppliedBeforeShared());

    [GeneratedRegex(@"^\s*[:#]?\s*\d{4,8}\b", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex PasscodeShared();
    private static Regex Passcode() => ThreadRegex.Local(PasscodeShared());
}

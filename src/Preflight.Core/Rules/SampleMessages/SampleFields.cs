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

    /// <summary>
    /// The marketing phrases of a field that really are promotional: not taken back later in the clause, and not a
    /// one-time passcode ("Use code 775201 to sign in" is 2FA, "use code SAVE10" is a coupon).
    /// </summary>
    /// <summary><see cref="Promotional"/>, computed once per field.</summary>
    public static readonly FieldFact<IReadOnlyList<TextMatch>> PromotionalFact = new(Promotional);

    public static IReadOnlyList<TextMatch> Promotional(FieldAnalysis field)
    {
        var all = field.Content(ContentCategory.Marketing);
        var kept = all.Where(m => !NegatedAfter(field.Text, m) && !Passcode().IsMatch(field.Text.AsSpan(m.End))).ToList();
        // The list's "% off" cannot match after a digit ("20% off"), so percentages are found here.
        foreach (Match m in PercentOff().Matches(field.Text))
            if (!kept.Any(k => k.Start < m.Index + m.Length && m.Index < k.End) && !Negation.IsNegated(field.Text, m.Index))
                kept.Add(new TextMatch(m.Index, m.Length, m.Value));
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    /// <summary>
    /// Whether the rest of the clause takes a mention back ("Marketing messages are not sent", "promotions will never
    /// be included"); the content classifier only looks for negation before the words.
    /// </summary>
    public static bool NegatedAfter(string text, TextMatch match)
    {
        var rest = text.AsSpan(match.End);
        var cut = rest.IndexOfAny(".;!?\n");
        if (cut >= 0) rest = rest[..cut];
        if (rest.Length > 60) rest = rest[..60];
        return TrailingNegator().IsMatch(rest);
    }

    [GeneratedRegex(@"^[\w\s,'/&-]*?\b(?:(?:is|are|was|were|has|have|had|will|would|shall|may|can|do|does|did|be)\s+(?:not|never)|isn't|aren't|won't|never|not\s+(?:be\s+)?(?:sent|included|used|part))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex TrailingNegator();

    [GeneratedRegex(@"\b\d{1,3}\s?%\s*off\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex PercentOff();

    [GeneratedRegex(@"^\s*[:#]?\s*\d{4,8}\b", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex Passcode();
}

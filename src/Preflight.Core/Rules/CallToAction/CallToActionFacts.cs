using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Rules.SampleMessages;
using Preflight.Core.Rules.VerbalOptIn;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.CallToAction;

/// <summary>What the call-to-action and verbal opt-in rules share: promotional reading, opt-in methods, policy links, wording.</summary>
internal static class CallToActionFacts
{
    /// <summary>The fields a promotional reading looks at, besides the use case.</summary>
    private static readonly string[] PromotionalFields =
        [Fields.Description, Fields.MessageFlow, Fields.Sample1, Fields.Sample2, Fields.Sample3, Fields.Sample4, Fields.Sample5];

    /// <summary>
    /// Why the campaign reads as promotional: "the MARKETING use case", or the first promotional words of the
    /// description, message flow or samples; null for an informational campaign.
    /// </summary>
    public static string? Promotional(RuleContext context) => context.Get(CallToActionMemo.Promotional);

    internal static string? ReadPromotional(RuleContext context)
    {
        if (context.Campaign.HasUseCase(UseCases.Marketing)) return "the MARKETING use case";
        foreach (var p in PromotionalFields)
        {
            var f = context.Text.Field(p);
            if (f.IsEmpty) continue;
            var promo = f.Get(SampleFields.PromotionalFact);
            if (promo.Count > 0) return $"\"{promo[0].Value}\" in {Name(p)}";
        }
        return null;
    }

    /// <summary>The opt-in methods the message flow describes as the way consent is given.</summary>
    public static IReadOnlyList<OptInMention> FlowMethods(RuleContext context) => context.Get(CallToActionMemo.FlowMethods);

    /// <summary>The opt-in methods the description describes as the way consent is given.</summary>
    public static IReadOnlyList<OptInMention> DescriptionMethods(RuleContext context) => context.Get(CallToActionMemo.DescriptionMethods);

    /// <summary>The methods described by the message flow and the description together.</summary>
    public static IReadOnlyList<OptInMention> AllMethods(RuleContext context)
    {
        var flow = FlowMethods(context);
        var description = DescriptionMethods(context);
        return description.Count == 0 ? flow : [.. flow, .. description];
    }

    /// <summary>Whether the flow or description has any consent wording or any opt-in method at all.</summary>
    public static bool MentionsAnyOptIn(RuleContext context)
    {
        var flow = context.Text.Field(Fields.MessageFlow);
        var description = context.Text.Field(Fields.Description);
        if (flow.Get(TextFacts.ConsentLanguage) is not null || description.Get(TextFacts.ConsentLanguage) is not null)
            return true;
        if ((context.Text.OptInMethods & ~OptInMethod.Verbal) != OptInMethod.None) return true;
        if (flow.Get(TextFacts.ConsentCue) is not null || description.Get(TextFacts.ConsentCue) is not null)
            return true;
        return AllMethods(context).Count > 0;
    }

    /// <summary>
    /// Where the consumer can reach the privacy policy (or terms): the link field when it holds a web address, or a
    /// link in the message flow whose path or the words just before it name the document. Null when there is none.
    /// </summary>
    public static string? PolicyLink(RuleContext context, bool privacy)
    {
        if (context.Text.Field(privacy ? Fields.PrivacyPolicyLink : Fields.TermsAndConditionsLink).Get(TextFacts.ParsedUrl) is not null) return privacy ? "the privacyPolicyLink field" : "the termsAndConditionsLink field";
        var flow = context.Text.Field(Fields.MessageFlow);
        foreach (var u in flow.Urls)
            if (IsPolicyUrl(flow.Text, u, privacy)) return u.Value;
        return null;
    }

    /// <summary>A link in the flow that leads to the privacy policy or terms rather than to an opt-in page.</summary>
    public static bool IsPolicyUrl(string text, UrlMatch url, bool privacy) =>
        PathNamesPolicy(url.PathAndQuery, privacy) || LabelNamesPolicy(Label(text, url), privacy);

    private static bool PathNamesPolicy(string path, bool privacy) =>
        privacy
            ? path.Contains("privacy", StringComparison.OrdinalIgnoreCase)
            : path.Contains("terms", StringComparison.OrdinalIgnoreCase) || path.Contains("tos", StringComparison.OrdinalIgnoreCase)
              || path.Contains("conditions", StringComparison.OrdinalIgnoreCase) || path.Contains("legal", StringComparison.OrdinalIgnoreCase)
              || path.Contains("tandc", StringComparison.OrdinalIgnoreCase);

    private static bool LabelNamesPolicy(ReadOnlySpan<char> label, bool privacy) =>
        privacy
            ? label.Contains("privacy", StringComparison.OrdinalIgnoreCase)
            : label.Contains("terms", StringComparison.OrdinalIgnoreCase) || label.Contains("conditions", StringComparison.OrdinalIgnoreCase)
              || label.Contains("T&C", StringComparison.OrdinalIgnoreCase);

    // The words just before a link that may label it: back to the clause's start, at most 45 characters.
    private static ReadOnlySpan<char> Label(string text, UrlMatch url)
    {
        var from = Math.Max(0, url.Start - 45);
        var before = text.AsSpan(from, url.Start - from);
        var cut = Math.Max(before.LastIndexOfAny(";!?\n"), before.LastIndexOf(". ", StringComparison.Ordinal));
        if (cut >= 0) before = before[(cut + 1)..];
        return AfterLabelBoundary(before);
    }

    // The words that can label a link: none from before a quoted sentence that ends just ahead of it ("…see our Privacy
    // Policy and Terms." Booking form: https://…) or from inside an earlier address (…/terms" A copy is at https://…).
    private static ReadOnlySpan<char> AfterLabelBoundary(ReadOnlySpan<char> before)
    {
        var cut = -1;
        for (var i = 0; i + 1 < before.Length; i++)
        {
            if (before[i] is not ('"' or '”' or '\'') || !char.IsWhiteSpace(before[i + 1])) continue;
            if (i > 0 && before[i - 1] is '.' or '!' or '?') cut = i + 1;
        }
        // The last word that is an address ends the label search there.
        var end = before.Length;
        while (end > 0)
        {
            var space = before[..end].LastIndexOfAny(" \t\n");
            var token = before[(space + 1)..end];
            if (token.Contains('/') && token.Contains('.'))
            {
                cut = Math.Max(cut, end);
                break;
            }
            if (space < 0) break;
            end = space;
        }
        return cut >= 0 ? before[cut..] : before;
    }

    /// <summary>Whether a link is one of the campaign's policy links (by field value or by what it leads to).</summary>
    public static bool IsAnyPolicyUrl(RuleContext context, string text, UrlMatch url)
    {
        // Both policies' tests, with the label before the link read once for both (the tests have no side effects,
        // so their order does not matter).
        if (PathNamesPolicy(url.PathAndQuery, privacy: true) || PathNamesPolicy(url.PathAndQuery, privacy: false)) return true;
        var label = Label(text, url);
        return LabelNamesPolicy(label, privacy: true) || LabelNamesPolicy(label, privacy: false)
            || Same(url, context.Text.Field(Fields.PrivacyPolicyLink).Get(TextFacts.ParsedUrl))
            || Same(url, context.Text.Field(Fields.TermsAndConditionsLink).Get(TextFacts.ParsedUrl));
    }

    private static bool Same(UrlMatch url, UrlMatch? other) => other is not null && SameAddress(other.Absolute, url.Absolute);

    /// <summary>
    /// Whether two addresses are the same ignoring case, trailing slashes and a "www." after the scheme: the stripped
    /// forms compared as <see cref="Strip"/> makes them, written into buffers on the stack rather than made as strings
    /// (this runs for every link of a flow).
    /// </summary>
    internal static bool SameAddress(string a, string b)
    {
        if (a.Length > StackBuffer || b.Length > StackBuffer)
            return string.Equals(Strip(a), Strip(b), StringComparison.OrdinalIgnoreCase);
        Span<char> x = stackalloc char[a.Length], y = stackalloc char[b.Length];
        return x[..StripInto(a, x)].Equals(y[..StripInto(b, y)], StringComparison.OrdinalIgnoreCase);
    }

    private const int StackBuffer = 512;

    /// <summary>The address without trailing slashes and with every "://www." made "://".</summary>
    internal static string Strip(string u) => u.TrimEnd('/').Replace("://www.", "://", StringComparison.OrdinalIgnoreCase);

    // Strip, written into a buffer as long as the address; returns the length written.
    private static int StripInto(string u, Span<char> into)
    {
        var rest = u.AsSpan().TrimEnd('/');
        var n = 0;
        while (true)
        {
            var i = rest.IndexOf("://www.", StringComparison.OrdinalIgnoreCase);
            if (i < 0) break;
            rest[..(i + 3)].CopyTo(into[n..]);
            n += i + 3;
            rest = rest[(i + 7)..];
        }
        rest.CopyTo(into[n..]);
        return n + rest.Length;
    }

    /// <summary>The disclosures the message flow lacks, from the cached facts.</summary>
    public static IReadOnlyList<string> MissingFromFlow(RuleContext context)
    {
        var f = context.Text.Field(Fields.MessageFlow);
        var missing = new List<string>(6);
        if (f.BrandInWords is null) missing.Add("the brand name");
        if (f.Get(TextFacts.MessageTypeStated) is null) missing.Add("the kinds of messages");
        if (f.Frequency is null) missing.Add("the message frequency");
        if (f.RatesNotice is null) missing.Add("\"Msg & data rates may apply\"");
        if (f.HelpInstruction is null) missing.Add("HELP instructions");
        if (f.OptOutInstruction is null) missing.Add("STOP instructions");
        return missing;
    }

    /// <summary>"a, b and c".</summary>
    public static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>How people read an opt-in method.</summary>
    public static string Describe(OptInMethod method) => method switch
    {
        OptInMethod.Website => "a web form",
        OptInMethod.Keyword => "a texted keyword",
        OptInMethod.Verbal => "spoken consent",
        OptInMethod.PaperForm => "a paper form",
        OptInMethod.MobileApp => "a mobile app",
        OptInMethod.QrCode => "a QR code",
        OptInMethod.PointOfSale => "the point of sale",
        OptInMethod.Email => "an e-mail link",
        _ => method.ToString(),
    };

    /// <summary>The brand as people read it in a message: its display name, else its legal name.</summary>
    public static string BrandName(RuleContext context) =>
        !string.IsNullOrWhiteSpace(context.Brand.DisplayName) ? context.Brand.DisplayName.Trim()
        : !string.IsNullOrWhiteSpace(context.Brand.CompanyName) ? context.Brand.CompanyName.Trim()
        : "the brand";

    /// <summary>The field's name as people read it.</summary>
    public static string Name(string pointer) => pointer switch
    {
        Fields.Description => "the description",
        Fields.MessageFlow => "the message flow",
        Fields.OptinMessage => "the opt-in message",
        _ when pointer.StartsWith("/campaign/sample", StringComparison.Ordinal) => "sample " + pointer[^1],
        _ => pointer,
    };

    /// <summary>A short excerpt of a match's surroundings, for messages.</summary>
    public static string Quote(TextMatch m) => "\"" + (m.Value.Length > 80 ? m.Value[..79] + "…" : m.Value) + "\"";
}

/// <summary>
/// The readings several call-to-action and verbal rules share, computed at most once per submission and kept on its
/// <see cref="RuleContext"/>.
/// </summary>
internal static class CallToActionMemo
{
    public static readonly ContextFact<IReadOnlyList<OptInMention>> FlowMethods = new(c => Read(c.Text.Field(Fields.MessageFlow)));

    public static readonly ContextFact<IReadOnlyList<OptInMention>> DescriptionMethods = new(c => Read(c.Text.Field(Fields.Description)));

    public static readonly ContextFact<string?> Promotional = new(CallToActionFacts.ReadPromotional);

    public static readonly ContextFact<VerbalReading?> Verbal = new(VerbalScripts.ReadUncached);

    private static IReadOnlyList<OptInMention> Read(FieldAnalysis f) =>
        f.IsEmpty ? [] : CallToActionText.FindMethods(f.Text, f.OptInMethods, f.OptInPatterns);
}

using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Preflight.Core.Engine;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Rules.Content;

/// <summary>
/// Know-your-customer: the registered brand looks like a texting platform, software vendor, agency or reseller, while
/// the samples never name it and speak for some other business instead. The brand must be the sender.
/// </summary>
public sealed partial class ResellerBrandRule : Rule
{
    private static readonly FrozenSet<string> ResellerWords = new[]
    {
        "sms", "mms", "a2p", "10dlc", "text", "texts", "texting", "txt", "messaging", "marketing", "agency", "software",
        "wireless", "reseller", "resellers", "telecom", "telecommunications", "voip", "crm", "saas", "automation", "leads",
    }.ToFrozenSet(StringComparer.Ordinal);

    // First words of a sample that are greetings or message kinds, not a sender's name ("Reminder:", "Hi Maria -").
    private static readonly FrozenSet<string> NotNames = new[]
    {
        "reminder", "hi", "hello", "hey", "alert", "notice", "update", "welcome", "thanks", "thank", "congrats", "congratulations",
        "fyi", "important", "note", "dear", "good", "attention", "urgent", "reply", "text", "msg", "message", "sms", "your", "you",
        "appointment", "order", "confirmed", "confirmation", "reservation", "delivery", "shipping", "payment", "security", "code",
        "verification", "today", "tomorrow", "tonight", "last", "new", "final", "flash", "sale", "weekly", "daily", "monthly",
        "special", "offer", "tip", "friendly", "quick", "hurry", "now", "survey", "poll", "question", "just", "psa", "breaking",
        "news", "heads", "great", "happy", "sorry", "yes", "no", "ok", "reminders", "alerts", "info", "help", "stop", "we", "our",
        "it", "this", "the", "a", "an", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
        "wed", "thu", "fri", "sat", "sun", "rsvp", "event", "class", "status", "account", "invoice", "bill", "receipt", "otp",
    }.ToFrozenSet(StringComparer.Ordinal);

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "710",
        Title = "Brand looks like a reseller or software provider, not the sender",
        Area = RuleArea.Content,
        Severity = Severity.Warning,
        Needs = Needs.Submission,
        Fix = "Register the business that sends the messages as the brand (its own legal name, EIN, website and contact details), not the texting platform, agency or software company that runs the messaging for it, and make the samples speak in that business's name.",
    };

    public override Check Evaluate(RuleContext context)
    {
        var reseller = ResellerName(context.Brand);
        if (reseller is null) return Check.Passed("the brand's name does not look like a platform, agency or reseller");
        var samples = context.Samples;
        if (samples.Count == 0) return Check.Passed("no sample messages to compare with the brand");

        var others = new List<Finding>();
        foreach (var s in samples)
        {
            var field = context.Text.Field(s.Pointer);
            if (field.BrandName is not null) return Check.Pass; // the samples do speak for the brand
            var other = OtherBusiness(field.Text);
            if (other is not null)
                others.Add(new Finding(
                    $"{ContentFindings.Capital(ContentFindings.FieldName(s.Pointer))} speaks for \"{other.Value}\", not for the registered brand.",
                    Evidence.Words(s.Pointer, field.Text, other.Start, other.Length)));
        }
        if (others.Count == 0) return Check.Pass;
        others.Insert(0, new Finding(
            $"The brand \"{reseller.Value.Name}\" reads as a texting platform, agency or reseller (\"{reseller.Value.Word}\"), and no sample names it.",
            Evidence.Field(reseller.Value.Pointer, reseller.Value.Name)));
        return Check.From(others);
    }

    private static (string Pointer, string Name, string Word)? ResellerName(Model.Brand brand)
    {
        foreach (var (pointer, name) in new[] { (Fields.DisplayName, brand.DisplayName), (Fields.CompanyName, brand.CompanyName) })
        {
            if (string.IsNullOrWhiteSpace(name)) continue;
            foreach (var token in BrandNameMatcher.Tokenize(name).Tokens)
                if (ResellerWords.Contains(token)) return (pointer, name, token);
        }
        return null;
    }

    /// <summary>A business named as the sender: "Lakeview Dental: …", "… from Dr. Lee's office", "Thanks for choosing Oak Spa".</summary>
    internal static TextMatch? OtherBusiness(string text)
    {
        var m = SenderPrefix().Match(text);
        if (m.Success && IsName(m.Groups["name"].Value)) return Group(m);
        foreach (Match n in NamedInText().Matches(text))
            if (IsName(n.Groups["name"].Value)) return Group(n);
        return null;

        static TextMatch Group(Match m) => new(m.Groups["name"].Index, m.Groups["name"].Length, m.Groups["name"].Value);
    }

    private static bool IsName(string candidate)
    {
        var tokens = BrandNameMatcher.Tokenize(candidate).Tokens;
        if (tokens.Count == 0 || NotNames.Contains(tokens[0])) return false;
        if (tokens.Count == 1 && tokens[0].Length < 4) return false;
        return tokens.Any(t => t.Any(char.IsLetter));
    }

    [GeneratedRegex(@"^\s*(?<name>(?:(?:Dr|St|Mt)\.\s+)?[A-Z][\p{L}\p{N}&'’\-]*(?:\s+[\p{L}\p{N}&'’\-]+){0,5}?)\s*(?::|\s[-–—|]\s)", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex SenderPrefixShared();
    private static Regex SenderPrefix() => ThreadRegex.Local(SenderPrefixShared());

    [GeneratedRegex(@"\b(?i:from|this\s+is|thanks\s+for\s+choosing|thank\s+you\s+for\s+choosing|welcome\s+to|visit\s+us\s+at)\s+(?<name>(?:the\s+)?(?:(?:Dr|St|Mt)\.\s+)?[A-Z][\p{L}\p{N}&'’\-]*(?:\s+(?:(?:of|and|&|the|de)\s+)?[A-Z][\p{L}\p{N}&'’\-]*){0,5})", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex NamedInTextShared();
    private static Regex NamedInText() => ThreadRegex.Local(NamedInTextShared());
}

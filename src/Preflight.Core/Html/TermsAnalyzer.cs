using System.Text.RegularExpressions;
using Preflight.Core.Text;

namespace Preflight.Core.Html;

/// <summary>The messaging-program elements found on a terms page (the brand name is matched by rules, which know the brand).</summary>
public sealed record TermsAnalysis
{
    /// <summary>The page reads as terms and conditions (title or heading).</summary>
    public bool IsTerms { get; init; }

    public string Heading { get; init; } = "";
    public TextMatch? MessageType { get; init; }
    public TextMatch? Frequency { get; init; }
    public TextMatch? Rates { get; init; }

    /// <summary>"Text HELP for help", or a support contact ("for support email help@…").</summary>
    public TextMatch? Help { get; init; }

    /// <summary>"Text STOP to cancel".</summary>
    public TextMatch? OptOut { get; init; }

    /// <summary>The visible text that was read.</summary>
    public string Text { get; init; } = "";
}

/// <summary>Reads a terms page for the elements carriers require of messaging terms.</summary>
public static partial class TermsAnalyzer
{
    private const int MaxText = 400_000;

    public static TermsAnalysis Analyze(HtmlPage page) => Analyze(page.VisibleText, page.Title, page.Headings);

    public static TermsAnalysis Analyze(string text, string title = "", IReadOnlyList<string>? headings = null)
    {
        if (text.Length > MaxText) text = text[..MaxText];
        headings ??= [];
        var heading = title.Length > 0 ? title : headings.Count > 0 ? headings[0] : "";
        // Title and top headings only: nearly every page links "Terms of Service" in its footer.
        var isTerms = TermsTitle().IsMatch(title) || headings.Take(3).Any(h => TermsTitle().IsMatch(h));
        return new TermsAnalysis
        {
            IsTerms = isTerms,
            Heading = heading,
            MessageType = Disclosures.FindMessageType(text),
            Frequency = Disclosures.FindFrequency(text),
            Rates = Disclosures.FindRatesNotice(text),
            Help = Disclosures.FindHelpInstruction(text) ?? OptInFormAnalyzer.FindHelpContact(text),
            OptOut = Disclosures.FindOptOutInstruction(text) ?? OptInFormAnalyzer.FindOptOutWording(text),
            Text = text,
        };
    }

    [GeneratedRegex(@"\bterms\s*(?:and|&|\+)\s*conditions\b|\bterms\s+of\s+(?:service|use)\b|\b(?:sms|text(?:ing)?|messaging|mobile|program)\s+(?:program\s+)?terms\b|\bconditions\s+of\s+use\b|^\s*terms\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline, 2000)]
    private static partial Regex TermsTitleShared();
    private static Regex TermsTitle() => ThreadRegex.Local(TermsTitleShared());
}

using System.Text.RegularExpressions;

namespace Preflight.Core.Text;

public static partial class CallToActionText
{
    // How far back in its sentence a state word looks for the control it describes (a quoted label is skipped).
    private const int ControlWindow = 400;

    /// <summary>
    /// The flow's own admission that the SMS consent control starts checked: "the box … is already ticked for
    /// convenience", "a pre-checked consent box", "the SMS checkbox is checked by default", "the opt-in toggle comes
    /// pre-selected". The state has to be said of a box, toggle or consent in the same sentence (a quoted label may
    /// stand between). Denials do not count ("never pre-checked", "not checked by default", "rather than pre-ticked",
    /// "pre-checked boxes are never used"), nor words run together in an address or file name
    /// ("…/optin-prechecked.html"), nor other meanings ("already checked in", "numbers are pre-checked against").
    /// </summary>
    public static TextMatch? FindPrecheckedConsent(string? text) =>
        string.IsNullOrEmpty(text) || !HasStateWord(text) ? null : SearchPrecheckedConsent(text);

    /// <summary>
    /// <see cref="FindPrecheckedConsent"/> with only the plain test for the state words, not where they stand: for the
    /// test that holds <see cref="HasStateWord"/> to it.
    /// </summary>
    internal static TextMatch? FindPrecheckedConsentUnfiltered(string text) =>
        text.AsSpan().IndexOfAny(PrecheckWords) < 0 ? null : SearchPrecheckedConsent(text);

    private static TextMatch? SearchPrecheckedConsent(string text)
    {
        string? masked = null;
        IReadOnlyList<UrlMatch>? urls = null;
        foreach (Match m in Prechecked().Matches(text))
        {
            urls ??= Urls.Find(text);
            if (InAddressOrFileName(text, m, urls)) continue;
            masked ??= MaskQuotations(text);
            var clauseStart = ClauseStart(masked, m.Index);
            if (PrecheckDeniedBefore().IsMatch(masked.AsSpan(clauseStart, m.Index - clauseStart))) continue;
            if (PrecheckDeniedAfter().IsMatch(masked.AsSpan(m.Index + m.Length, Math.Min(60, masked.Length - m.Index - m.Length)))) continue;
            var controls = m.Groups["strong"].Success ? ConsentControlOrConsent() : ConsentControlWord();
            var sentenceStart = SentenceStart(masked, m.Index);
            var after = Math.Min(masked.Length, m.Index + m.Length + 40);
            var stop = masked.IndexOfAny(['.', '!', '?', '\n'], m.Index + m.Length, after - m.Index - m.Length);
            if (stop >= 0) after = stop;
            if (controls.IsMatch(masked.AsSpan(sentenceStart, after - sentenceStart))) return TextMatch.Of(m);
        }
        return null;
    }

    // Words without which no wording says a box starts checked (searched in one pass, ignoring case as ordinal does).
    private static readonly System.Buffers.SearchValues<string> PrecheckWords = System.Buffers.SearchValues.Create(
        ["checked", "ticked", "selected", "default"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether one of <see cref="PrecheckWords"/> stands where <see cref="Prechecked"/> could take it: every wording
    /// holds one that starts a word or follows "pre" or "auto" directly ("prechecked", "autoselected"). The
    /// "checked" of "unchecked" does neither, so the common compliant "unchecked by default" costs no pattern search.
    /// </summary>
    private static bool HasStateWord(string text)
    {
        var span = text.AsSpan();
        for (var from = 0; ;)
        {
            var i = span[from..].IndexOfAny(PrecheckWords);
            if (i < 0) return false;
            i += from;
            var before = span[..i];
            if (i == 0 || !char.IsLetter(text[i - 1])
                || before.EndsWith("pre", StringComparison.OrdinalIgnoreCase) || before.EndsWith("auto", StringComparison.OrdinalIgnoreCase))
                return true;
            from = i + 1;
        }
    }

    /// <summary>Whether the words sit in a web address or a run-together file or path name ("optin-prechecked.html").</summary>
    private static bool InAddressOrFileName(string text, Match m, IReadOnlyList<UrlMatch> urls)
    {
        if (urls.Any(u => u.Start < m.Index + m.Length && m.Index < u.Start + u.Length)) return true;
        int from = m.Index, to = m.Index + m.Length;
        while (from > 0 && !char.IsWhiteSpace(text[from - 1])) from--;
        while (to < text.Length && !char.IsWhiteSpace(text[to])) to++;
        var token = text.AsSpan(from, to - from).TrimEnd(".,;:!?)]\"'’”");
        return token.Contains('/') || token.Contains('_') || FileOrHostDot().IsMatch(token);
    }

    /// <summary>The text with the inside of quoted wordings of three words or more blanked, so a label's own full stops do not cut its sentence.</summary>
    private static string MaskQuotations(string text)
    {
        char[]? chars = null;
        foreach (Match q in Quoted().Matches(text))
        {
            var inner = q.Groups["q"];
            if (CountWords(inner.Value) < 3) continue;
            chars ??= text.ToCharArray();
            Array.Fill(chars, ' ', inner.Index, inner.Length);
        }
        return chars is null ? text : new string(chars);
    }

    private static int SentenceStart(string text, int index)
    {
        var from = Math.Max(0, index - ControlWindow);
        var cut = text.AsSpan(from, index - from).LastIndexOfAny(".!?\n");
        return cut < 0 ? from : from + cut + 1;
    }

    private static int ClauseStart(string text, int index)
    {
        var from = Math.Max(0, index - 60);
        var cut = text.AsSpan(from, index - from).LastIndexOfAny(".;!?\n");
        return cut < 0 ? from : from + cut + 1;
    }

    // "strong": wordings that only ever describe a control's state; the rest also need a box or toggle named nearby.
    [GeneratedRegex(@"\b(?:(?<strong>pre[\s-]?(?:checked|ticked)(?!\s+(?:against|with|before|to\s+(?:make|ensure|confirm|verify))\b|\s+for\s+(?!(?:your\s+|their\s+|the\s+\w+['’]?s?\s+)?convenience))|auto[\s-]?(?:checked|ticked)|(?:checked|ticked)\s+(?:by\s+default|automatically|for\s+(?:your\s+|their\s+|the\s+\w+['’]?s?\s+)?convenience|(?:on|at|when\s+the)\s+page\s+loads?)|defaults?\s+to\s+(?:checked|ticked|yes))|pre[\s-]?selected|auto[\s-]?selected|(?:selected|on|enabled|switched\s+on|turned\s+on)\s+by\s+default|defaults?\s+to\s+(?:selected|on)|(?:is|are|be|been|comes?|came|arrives?|appears?|shows?|stays?|remains?)\s+(?:(?:already|automatically|always)\s+){1,2}(?:checked|ticked|selected)(?!\s+(?:in|out|off|into|by\s+(?:the|a|an|each|every|our|their|your|staff|patients|customers|users|you|them))\b)|(?:starts?|begins?|loads?)\s+(?:out\s+)?(?:already\s+)?(?:checked|ticked|selected)(?!\s+(?:in|out)\b))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex PrecheckedShared();
    private static Regex Prechecked() => ThreadRegex.Local(PrecheckedShared());

    // The control itself: a box, a toggle or switch, or an SMS/consent option or setting.
    [GeneratedRegex(@"\b(?:(?:check|tick)[\s-]?box(?:es)?|box(?:es)?|toggles?|switch(?:es)?|check\s?marks?|radio\s+buttons?|(?:sms|text(?:ing)?|consent|opt[\s-]?in|marketing|messaging|notification)\s+(?:options?|settings?|preferences?|fields?))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex ConsentControlWordShared();
    private static Regex ConsentControlWord() => ThreadRegex.Local(ConsentControlWordShared());

    // As above, or the consent or texts themselves ("SMS consent is pre-checked", "text alerts are checked by default").
    [GeneratedRegex(@"\b(?:(?:check|tick)[\s-]?box(?:es)?|box(?:es)?|toggles?|switch(?:es)?|check\s?marks?|radio\s+buttons?|options?|settings?|preferences?|consent|opt[\s-]?ins?|sms|texts?|text\s+(?:messages?|alerts?|updates?|reminders?)|subscriptions?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex ConsentControlOrConsentShared();
    private static Regex ConsentControlOrConsent() => ThreadRegex.Local(ConsentControlOrConsentShared());

    // A denial closing the clause just before the state word: "is not", "never comes", "no", "rather than", "avoid".
    [GeneratedRegex(@"\b(?:not|never|no|none|nor|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|won['’]t|doesn['’]t|don['’]t|without|avoid\w*|prohibit\w*|forbid\w*|bans?|banned|instead\s+of|rather\s+than|unlike|as\s+opposed\s+to)\b(?:\s+(?!(?:and|but|yet|so|while|though|although|then|because|which|where)\b)[\w'’-]+){0,3}[\s,]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex PrecheckDeniedBeforeShared();
    private static Regex PrecheckDeniedBefore() => ThreadRegex.Local(PrecheckDeniedBeforeShared());

    // A denial of the state word's subject just after it: "pre-checked boxes are never used".
    [GeneratedRegex(@"^\s+(?:[\w-]+\s+){0,2}?(?:is|are|were|was)\s+(?:not|never)\s+(?:used|allowed|permitted|offered|shown|accepted)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex PrecheckDeniedAfterShared();
    private static Regex PrecheckDeniedAfter() => ThreadRegex.Local(PrecheckDeniedAfterShared());

    // A dot followed by a file extension or a domain part: "optin-prechecked.html", "prechecked.example".
    [GeneratedRegex(@"\w\.[a-z]{2,5}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex FileOrHostDotShared();
    private static Regex FileOrHostDot() => ThreadRegex.Local(FileOrHostDotShared());
}

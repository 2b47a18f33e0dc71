using System.Text.RegularExpressions;

namespace Preflight.Core.Text;

/// <summary>
/// The words of a verbal opt-in script found in a message flow: quoted lines in a sentence about what staff say, and
/// the sentences that describe what the consumer is told or asked ("staff will ask…", "they are informed that…",
/// "Script: …").
/// </summary>
public sealed record VerbalScript(IReadOnlyList<TextMatch> Parts, string Text)
{
    /// <summary>Where the first part starts in the message flow.</summary>
    public int Start => Parts[0].Start;

    /// <summary>Where the last part ends in the message flow.</summary>
    public int End => Parts[^1].End;
}

/// <summary>Where a sentence starts and ends in its text (see <see cref="CallToActionText.Sentences"/>).</summary>
internal readonly record struct SentenceRange(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>
/// Reading a call to action (the message flow) beyond the cached disclosure facts: which opt-in methods it describes
/// as the way consent is given (not every "call us" or "visit our website"), a verbal script, screenshots of gated
/// forms, privacy non-sharing statements, and the wordings that make consent implied, forced, bundled or bought.
/// Pure and thread-safe; callers run these only after cheaper facts say they are needed.
/// </summary>
public static partial class CallToActionText
{
    private const int T = 2000;

    /// <summary>Methods consumers write their consent with (form, keyword, app, QR code, e-mail link).</summary>
    public const OptInMethod Written = OptInMethod.Website | OptInMethod.Keyword | OptInMethod.PaperForm
        | OptInMethod.MobileApp | OptInMethod.QrCode | OptInMethod.Email;

    /// <summary>Methods that happen on the web or in an app.</summary>
    public const OptInMethod Online = OptInMethod.Website | OptInMethod.MobileApp | OptInMethod.Email | OptInMethod.QrCode;

    /// <summary>Methods that happen away from any web page: spoken, on paper, at a counter.</summary>
    public const OptInMethod Offline = OptInMethod.Verbal | OptInMethod.PaperForm | OptInMethod.PointOfSale;

    /// <summary>The sentences of a text (split at ., ! or ? followed by a space, and at line breaks), trimmed.</summary>
    public static IReadOnlyList<TextMatch> Sentences(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var ranges = SentenceRanges(text);
        var list = new List<TextMatch>(ranges.Count);
        foreach (var r in ranges) list.Add(new TextMatch(r.Start, r.Length, text[r.Start..r.End]));
        return list;
    }

    /// <summary>
    /// Where the sentences of <see cref="Sentences"/> start and end, without copying them out: callers read a sentence
    /// as a span, or search it with <see cref="Regex.Match(string, int, int)"/>, which sees only that part.
    /// </summary>
    internal static List<SentenceRange> SentenceRanges(string text)
    {
        var list = new List<SentenceRange>();
        var span = text.AsSpan();
        var start = 0;
        for (var i = 0; ; i++)
        {
            // Only the marks can end a sentence: jump from one to the next.
            var next = span[i..].IndexOfAny(SentenceMarks);
            if (next < 0) break;
            i += next;
            if (text[i] == '\n')
            {
                Add(start, i);
                start = i + 1;
                continue;
            }
            var j = i + 1;
            while (j < text.Length && text[j] is '"' or '\'' or '”' or '’' or ')' or ']') j++;
            if (j < text.Length && !char.IsWhiteSpace(text[j])) continue;
            if (text[i] == '.' && IsAbbreviation(text, i)) continue;
            Add(start, j);
            start = j;
            i = j - 1;
        }
        Add(start, text.Length);
        return list;

        void Add(int from, int to)
        {
            while (from < to && char.IsWhiteSpace(text[from])) from++;
            while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
            if (to > from) list.Add(new SentenceRange(from, to));
        }
    }

    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create(".!?\n");

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "eg", "ie", "freq", "approx", "dr", "mr", "mrs", "ms", "st", "vs", "jr", "sr", "etc",
    };

    // The same set, asked with the letters before the dot in place (no string is made for them).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    // The longest abbreviation: a longer run of letters is none (ignoring case, ordinal comparison matches only
    // strings of the same length).
    private const int LongestAbbreviation = 6;

    private static bool IsAbbreviation(string text, int dot)
    {
        var s = dot;
        while (s > 0 && dot - s <= LongestAbbreviation && (char.IsLetter(text[s - 1]) || text[s - 1] == '.')) s--;
        return s < dot && dot - s <= LongestAbbreviation && AbbreviationLookup.Contains(text.AsSpan(s, dot - s));
    }

    /// <summary>
    /// Words that say the consumer agrees or is asked to: opt in, consent, subscribe, sign up, join, register, submit,
    /// agree, enter or provide a number, check a box, "ask if they would like…". Broader than
    /// <see cref="OptInMethods.FindConsentLanguage"/>; used to tell an opt-in mention from a support contact.
    /// </summary>
    public static TextMatch? FindConsentCue(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return ConsentCueWords.First(text);
    }

    /// <summary>
    /// The opt-in methods the text describes as the way consent is given: a method counts when its sentence, or the one
    /// before or after it, speaks of consent (a keyword to text counts on its own); a spoken opt-in needs consent words
    /// in its own sentence ("For help, call us" is not a verbal opt-in) unless it says "verbal" outright.
    /// </summary>
    public static IReadOnlyList<OptInMention> FindMethods(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var whole = OptInMethods.Read(text, OptInMethods.AllMethods);
        return FindMethods(text, whole.Methods, whole.Matched);
    }

    /// <summary>
    /// As <see cref="FindMethods(string?)"/>, given the methods <see cref="OptInMethods.Detect"/> finds in the whole text
    /// (the cached field fact): sentences far from consent words are read only when a keyword is among them.
    /// </summary>
    public static IReadOnlyList<OptInMention> FindMethods(string? text, OptInMethod detected) =>
        FindMethods(text, detected, OptInMethods.AllMethods);

    /// <summary>
    /// As <see cref="FindMethods(string?, OptInMethod)"/>, given also the methods whose patterns match in the whole text
    /// at all (<see cref="OptInReading.Matched"/>): a sentence is searched only for those, as no other can match in it.
    /// Spoken mentions are found by their own reading of each sentence, so that pattern is not searched per sentence.
    /// </summary>
    internal static IReadOnlyList<OptInMention> FindMethods(string? text, OptInMethod detected, OptInMethod matched)
    {
        if (string.IsNullOrEmpty(text)) return [];
        // Each sentence is read in place, as a span or a range of the text that patterns see as the whole input, so
        // that it reads exactly as the sentence copied out would (FindMethodsBySentenceCopies, kept for the tests).
        var perSentence = matched & ~OptInMethod.Verbal;
        var keyword = (detected & OptInMethod.Keyword) != OptInMethod.None;
        var sentences = SentenceRanges(text);
        var n = sentences.Count;
        Span<bool> consent = n <= 256 ? stackalloc bool[n] : new bool[n];
        for (var i = 0; i < n; i++)
        {
            var span = text.AsSpan(sentences[i].Start, sentences[i].Length);
            consent[i] = ConsentCueWords.MayMatch(span) && ConsentCue().IsMatch(span);
        }
        var list = new List<OptInMention>();
        var found = new List<OptInMention>();
        for (var i = 0; i < n; i++)
        {
            var (start, end) = (sentences[i].Start, sentences[i].End);
            var span = text.AsSpan(start, end - start);
            // A neighbour's consent words carry over, except to a sentence that only points to more information
            // ("Visit us at acme.com", "Privacy Policy: …").
            var near = consent[i] || (((i > 0 && consent[i - 1]) || (i + 1 < n && consent[i + 1])) && !InfoSentence().IsMatch(span));
            found.Clear();
            if (near || keyword) OptInMethods.ReadPart(text, start, end, perSentence, found);
            var written = OptInMethod.None;
            foreach (var m in found)
            {
                if (m.Method == OptInMethod.Verbal) continue;
                if (m.Method == OptInMethod.Website && IsCopyOfDocument(text, start, m.Match)) continue;
                if (m.Method == OptInMethod.Keyword || near)
                {
                    list.Add(m);
                    if (m.Method != OptInMethod.PointOfSale) written |= m.Method;
                }
            }
            if (near && (written & OptInMethod.Website) == 0 && OnlineFilter.MayMatch(span))
            {
                var online = OnlineWords().Match(text, start, end - start);
                if (online.Success && !Negation.IsNegated(span, online.Index - start))
                {
                    list.Add(new OptInMention(OptInMethod.Website, TextMatch.Of(online)));
                    written |= OptInMethod.Website;
                }
            }
            var verbal = consent[i] || SaysVerballyOrOrally(span)
                ? FindVerbalIn(text, start, end, consent[i], written != OptInMethod.None)
                : null;
            if (verbal is not null) list.Add(new OptInMention(OptInMethod.Verbal, verbal));
        }
        list.Sort((a, b) => a.Match.Start.CompareTo(b.Match.Start));
        return list;
    }

    /// <summary>
    /// <see cref="FindMethods(string?, OptInMethod, OptInMethod)"/> as first written: each sentence copied out and read
    /// on its own. The tests hold the reading in place to it.
    /// </summary>
    internal static IReadOnlyList<OptInMention> FindMethodsBySentenceCopies(string? text, OptInMethod detected, OptInMethod matched)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var perSentence = matched & ~OptInMethod.Verbal;
        var sentences = Sentences(text);
        var consent = new bool[sentences.Count];
        for (var i = 0; i < sentences.Count; i++) consent[i] = ConsentCueWords.MayMatch(sentences[i].Value) && ConsentCue().IsMatch(sentences[i].Value);
        var list = new List<OptInMention>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            var near = consent[i] || (!InfoSentence().IsMatch(s.Value)
                && ((i > 0 && consent[i - 1]) || (i + 1 < sentences.Count && consent[i + 1])));
            var found = near || (detected & OptInMethod.Keyword) != OptInMethod.None ? OptInMethods.Read(s.Value, perSentence).Mentions : [];
            var written = OptInMethod.None;
            foreach (var m in found)
            {
                if (m.Method == OptInMethod.Verbal) continue;
                if (m.Method == OptInMethod.Website && IsCopyOfDocument(s.Value, 0, m.Match)) continue;
                if (m.Method == OptInMethod.Keyword || near)
                {
                    list.Add(new OptInMention(m.Method, Shift(m.Match, s.Start)));
                    if (m.Method != OptInMethod.PointOfSale) written |= m.Method;
                }
            }
            if (near && (written & OptInMethod.Website) == 0)
            {
                var online = OnlineFilter.MayMatch(s.Value) ? OnlineWords().Match(s.Value) : Match.Empty;
                if (online.Success && !Negation.IsNegated(s.Value, online.Index))
                {
                    list.Add(new OptInMention(OptInMethod.Website, Shift(TextMatch.Of(online), s.Start)));
                    written |= OptInMethod.Website;
                }
            }
            var verbal = consent[i] || SaysVerballyOrOrally(s.Value)
                ? FindVerbalIn(s.Value, 0, s.Value.Length, consent[i], written != OptInMethod.None)
                : null;
            if (verbal is not null) list.Add(new OptInMention(OptInMethod.Verbal, Shift(verbal, s.Start)));
        }
        list.Sort((a, b) => a.Match.Start.CompareTo(b.Match.Start));
        return list;
    }

    // An address given for a copy or picture of something else ("a copy of the form is at https://…/form.pdf",
    // "screenshot at https://…") is not a page where consent is given.
    // The sentence starts at sentenceStart in text.
    private static bool IsCopyOfDocument(string text, int sentenceStart, TextMatch m)
    {
        if (!AddressStart().IsMatch(m.Value)) return false;
        if (m.Value.Contains(".pdf", StringComparison.OrdinalIgnoreCase)) return true;
        var from = Math.Max(sentenceStart, m.Start - 40);
        return CopyOf().IsMatch(text.AsSpan(from, m.Start - from));
    }

    /// <summary>The methods of <see cref="FindMethods(string?)"/> as flags.</summary>
    public static OptInMethod Methods(IReadOnlyList<OptInMention> mentions) =>
        mentions.Aggregate(OptInMethod.None, (acc, m) => acc | m.Method);

    /// <summary>The first words describing a spoken opt-in (in person, over the phone, verbally), or null.</summary>
    public static TextMatch? FindVerbalOptIn(string? text)
    {
        if (string.IsNullOrEmpty(text) || !VerbalWords().IsMatch(text)) return null;
        foreach (var m in FindMethods(text))
            if (m.Method == OptInMethod.Verbal) return m.Match;
        return null;
    }

    // A sentence's spoken opt-in: "verbally" counts on its own; "in person", "over the phone", "staff ask…" count
    // with consent words in the sentence and no written method or device there ("sign up in person on our tablet").
    // The sentence is text from start to end, searched in place.
    private static TextMatch? FindVerbalIn(string text, int start, int end, bool consent, bool writtenHere)
    {
        var sentence = text.AsSpan(start, end - start);
        if (!SpokenWords.MayMatch(sentence)) return null;
        for (var m = VerbalWords().Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            if (Negation.IsNegated(sentence, m.Index - start)) continue;
            if (m.Groups["inherent"].Success) return TextMatch.Of(m);
            if (!consent || writtenHere || Device().IsMatch(sentence)) continue;
            return TextMatch.Of(m);
        }
        return null;
    }

    /// <summary>
    /// The verbal script in a message flow, or null when the flow only says that consent is spoken without saying what
    /// is said. Parts: quoted lines (three words or more) in a sentence that speaks of saying, asking or telling (or in
    /// any sentence when <paramref name="spokenOnly"/>), and every sentence that says what the consumer is told or
    /// asked; a cue ending in a colon ("Staff will say:", "Script:") takes the rest of its paragraph.
    /// </summary>
    public static VerbalScript? FindVerbalScript(string? text, bool spokenOnly = false)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var sentences = Sentences(text);
        var parts = new List<(int Start, int End)>();
        var cue = new bool[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            var m = ScriptCue().Match(s.Value);
            if (!m.Success) continue;
            cue[i] = true;
            var end = s.End;
            var colon = s.Value.IndexOf(':', m.Index + m.Length);
            if (colon >= 0 && !LooksLikeUrlColon(s.Value, colon) && !QuoteFollows(s.Value, colon))
            {
                var para = text.IndexOf('\n', s.Start);
                end = para < 0 ? text.Length : para;
            }
            parts.Add((s.Start, end));
        }
        foreach (Match q in Quoted().Matches(text))
        {
            var inner = q.Groups["q"];
            if (CountWords(inner.Value) < 3) continue;
            if (!spokenOnly)
            {
                var i = IndexOfSentence(sentences, q.Index);
                var before = text.AsSpan(Math.Max(0, q.Index - 80), q.Index - Math.Max(0, q.Index - 80));
                if (!(i >= 0 && cue[i]) && !ScriptCue().IsMatch(before)) continue;
            }
            parts.Add((inner.Index, inner.Index + inner.Length));
        }
        if (parts.Count == 0) return null;
        parts.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<TextMatch>();
        var (cs, ce) = parts[0];
        foreach (var (ps, pe) in parts.Skip(1))
        {
            if (ps <= ce) { ce = Math.Max(ce, pe); continue; }
            merged.Add(new TextMatch(cs, ce - cs, text[cs..ce]));
            (cs, ce) = (ps, pe);
        }
        merged.Add(new TextMatch(cs, ce - cs, text[cs..ce]));
        var joined = string.Join(" ", merged.Select(p => p.Value));
        return CountWords(joined) < 5 ? null : new VerbalScript(merged, joined);
    }

    /// <summary>"screenshots are attached", "see the hosted screenshot at …": a screenshot standing in for a page.</summary>
    public static TextMatch? FindScreenshot(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var m = Screenshot().Match(text);
        return m.Success && !Negation.IsNegated(text, m.Index) ? TextMatch.Of(m) : null;
    }

    /// <summary>"behind a login", "in the patient portal", "in our app": an opt-in the public cannot open.</summary>
    public static TextMatch? FindLoginGate(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return TextMatch.First(LoginGate(), text);
    }

    /// <summary>A statement that opt-in data or numbers are not shared, sold or rented.</summary>
    public static TextMatch? FindPrivacyDisclosure(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return TextMatch.First(NonSharing(), text);
    }

    /// <summary>
    /// Consent taken for granted: "implied consent", "automatically enrolled", "all customers receive…", "all patients
    /// who list a cell number on their paperwork are enrolled". Not when the clause denies it before or after ("our
    /// patient database is never used", "existing patients in our database are never texted"), nor when the people
    /// named are those who took an explicit step ("all patients who check the box are enrolled").
    /// </summary>
    public static TextMatch? FindImpliedConsent(string? text)
    {
        if (string.IsNullOrEmpty(text) || !ImpliedConsentWords.MayMatch(text)) return null;
        foreach (Match m in ImpliedConsent().Matches(text))
        {
            if (Negation.IsNegated(text, m.Index) || Negation.IsDeniedAfter(text, m.Index + m.Length)) continue;
            if (m.Groups["who"].Success && ExplicitStep().IsMatch(m.Groups["who"].Value)) continue;
            return TextMatch.Of(m);
        }
        return null;
    }

    /// <summary>Consent not given one-to-one: bought or shared lists, consent collected by partners or lead sources.</summary>
    public static TextMatch? FindThirdPartyConsent(string? text)
    {
        if (string.IsNullOrEmpty(text) || !ThirdPartyWords.MayMatch(text)) return null;
        foreach (Match m in ThirdPartyConsent().Matches(text))
            if (!Negation.IsNegated(text, m.Index) && !InnerNegator().IsMatch(m.Value)) return TextMatch.Of(m);
        return null;
    }

    /// <summary>Consent made a condition: "must opt in to book", "SMS consent is required", "required checkbox".</summary>
    public static TextMatch? FindConsentRequired(string? text) =>
        string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny(RequirementWords) < 0
            ? null
            : FirstNotNegated(ConsentRequired(), text);

    // Words without which no wording makes consent a condition (searched in one pass, ignoring case as ordinal does).
    private static readonly System.Buffers.SearchValues<string> RequirementWords = System.Buffers.SearchValues.Create(
        ["requir", "must", "mandatory", "condition", "have to", "has to", "need", "obligated"], StringComparison.OrdinalIgnoreCase);

    /// <summary>One consent for texts and calls or e-mails together ("you agree to receive calls, texts and emails").</summary>
    public static TextMatch? FindBundledConsent(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        foreach (Match m in BundledConsent().Matches(text))
        {
            var list = m.Groups["list"].Value;
            if (Negation.IsNegated(text, m.Index)) continue;
            if (SmsChannel().IsMatch(list) && OtherChannel().IsMatch(list)) return TextMatch.Of(m);
        }
        return null;
    }

    /// <summary>A consent checkbox ("check the box", "unchecked checkbox", "opt-in box").</summary>
    public static TextMatch? FindCheckbox(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return CheckboxWords.First(text);
    }

    /// <summary>How consumers learn of a keyword: signage, flyers, receipts, the website, social media, an attached ad (links are judged by the caller).</summary>
    public static TextMatch? FindKeywordPromotion(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return TextMatch.First(KeywordPromotion(), text);
    }

    /// <summary>Says a document is attached or available on request ("attached PDF", "a copy on request").</summary>
    public static TextMatch? FindCopyAvailable(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var m = CopyAvailable().Match(text);
        return m.Success && !Negation.IsNegated(text, m.Index) ? TextMatch.Of(m) : null;
    }

    /// <summary>
    /// The kinds of messages the text names, skipping words that only appear in a privacy statement or a denial ("not
    /// shared for marketing or promotional purposes", "we never send promotions"). <paramref name="first"/> is the
    /// cached first match of <see cref="Disclosures.FindMessageType"/>.
    /// </summary>
    public static TextMatch? FindMessageType(string? text, TextMatch? first)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var m = first;
        for (var guard = 0; m is not null && guard < 20; guard++)
        {
            if (!DeniedOrPurpose(text, m)) return m;
            var next = Disclosures.FindMessageType(text[m.End..]);
            m = next is null ? null : Shift(next, m.End);
        }
        // Topics the shared list has no word for: "text me about my catering order", "when my results are ready",
        // "trip texts", "application and shift texts", "chat with our support team by text".
        return FirstNotNegated(MessageTopic(), text) ?? FirstNotNegated(TopicNoun(), text) ?? FirstNotNegated(SupportChat(), text);
    }

    private static bool DeniedOrPurpose(string text, TextMatch m)
    {
        var after = text.AsSpan(m.End, Math.Min(40, text.Length - m.End));
        var stop = after.IndexOfAny(".;!?");
        if (stop >= 0) after = after[..stop];
        if (after.Contains("purpose", StringComparison.OrdinalIgnoreCase)) return true;
        // "offer a copy", "offers them a choice": the verb, not offers sent by text.
        if (m.Value.StartsWith("offer", StringComparison.OrdinalIgnoreCase) && OfferVerb().IsMatch(after)) return true;
        if (!Negation.IsNegated(text, m.Start)) return false;
        var before = text.AsSpan(Math.Max(0, m.Start - 60), m.Start - Math.Max(0, m.Start - 60));
        return before.Contains("shar", StringComparison.OrdinalIgnoreCase) || before.Contains("sold", StringComparison.OrdinalIgnoreCase)
            || before.Contains("sell", StringComparison.OrdinalIgnoreCase) || before.Contains("send", StringComparison.OrdinalIgnoreCase)
            || before.Contains("sent", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The brand's name in the words of a text, not only run together inside one of its web or e-mail addresses
    /// ("brightsmiledental.com/privacy" does not tell a reader who is texting): <see cref="BrandNameMatcher.FindInWords"/>
    /// for a text that is not a whole field, such as a verbal script quoted in the message flow.
    /// </summary>
    public static TextMatch? FindBrandInWords(BrandNameMatcher brand, string? text, TextMatch? first = null) =>
        string.IsNullOrEmpty(text) ? null : brand.FindInWords(text, Urls.Find(text), Disclosures.FindEmails(text), first);

    /// <summary>Whether the text names a device or sheet consent is entered on (tablet, kiosk, terminal, form).</summary>
    public static bool MentionsDevice(string? text) => !string.IsNullOrEmpty(text) && Device().IsMatch(text);

    /// <summary>Whether the text speaks of a form to fill in or submit ("web form", "checkout", "sign-up page").</summary>
    public static bool MentionsForm(string? text) => !string.IsNullOrEmpty(text) && FormWords().IsMatch(text);

    /// <summary>Words in a text (runs of letters or digits).</summary>
    public static int CountWords(string? text) => CountWords(text, int.MaxValue);

    /// <summary>Words in a text (runs of letters or digits), counted no further than <paramref name="limit"/>.</summary>
    public static int CountWords(string? text, int limit)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        var n = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var w = char.IsLetterOrDigit(c);
            if (w && !inWord && ++n >= limit) return n;
            inWord = w;
        }
        return n;
    }

    private static TextMatch? FirstNotNegated(Regex r, string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        foreach (Match m in r.Matches(text))
            if (!Negation.IsNegated(text, m.Index)) return TextMatch.Of(m);
        return null;
    }

    private static TextMatch Shift(TextMatch m, int by) => m with { Start = m.Start + by };

    private static int IndexOfSentence(IReadOnlyList<TextMatch> sentences, int index)
    {
        for (var i = 0; i < sentences.Count; i++)
            if (index >= sentences[i].Start && index < sentences[i].End) return i;
        return -1;
    }

    // "Staff say: \"…\"": the quote is the script, found by itself; the colon does not reach past it.
    private static bool QuoteFollows(string s, int colon)
    {
        var i = colon + 1;
        while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
        return i < s.Length && s[i] is '"' or '“';
    }

    private static bool LooksLikeUrlColon(string s, int colon) =>
        colon + 2 < s.Length && s[colon + 1] == '/' && s[colon + 2] == '/';

    /// <summary>The words the tests hold each pattern to (see <see cref="RequiredWords"/>).</summary>
    internal static IReadOnlyList<RequiredWords> Filters => [ConsentCueWords, OnlineFilter, SpokenWords, ThirdPartyWords, CheckboxWords, ImpliedConsentWords];

    // Words every match of a pattern holds, searched first: most sentences lack them (see RequiredWords).
    private static readonly RequiredWords ConsentCueWords = new(ConsentCue(),
        ["opt", "consent", "subscri", "sign", "enrol", "agree", "accept", "join", "regist", "submit", "permission", "authori", "like", "want", "number", "phone", "box", "yes", "ask"]);

    private static readonly RequiredWords OnlineFilter = new(OnlineWords(), ["online", "internet", "form"]);

    private static readonly RequiredWords SpokenWords = new(VerbalWords(), ["verbal", "orally", "phone", "call", "during", "person", "face", "ask"]);

    private static readonly RequiredWords ThirdPartyWords = new(ThirdPartyConsent(),
        ["purchased", "bought", "rented", "acquired", "third", "leased", "registration", "lead", "partner", "affiliate", "vendor", "shared", "transferred", "sold"]);

    private static readonly RequiredWords CheckboxWords = new(Checkbox(), ["box", "toggle"]);

    // One word from each wording of implied consent: "implied", "automatically", "all"/"every" customers…, a customer
    // "list"/"database"/"records"/"crm", by doing "business"/"purchas"ing/having an "account", "public" records.
    private static readonly RequiredWords ImpliedConsentWords = new(ImpliedConsent(),
        ["implied", "automatically", "all", "every", "list", "database", "records", "crm", "business", "purchas", "account", "public"]);

    /// <summary>
    /// Whether the text holds "verbal" or "orally" in any case, as <see cref="string.Contains(string, StringComparison)"/>
    /// with <see cref="StringComparison.OrdinalIgnoreCase"/> finds them, in one vector search instead of two slower ones.
    /// </summary>
    internal static bool SaysVerballyOrOrally(ReadOnlySpan<char> text) => text.IndexOfAny(VerballyOrOrally) >= 0;

    private static readonly System.Buffers.SearchValues<string> VerballyOrOrally = System.Buffers.SearchValues.Create(["verbal", "orally"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?:opt(?:s|ed|ing)?[\s-]?in(?:s)?|consent\w*|subscri(?:be|bes|bed|bing|ption)|sign(?:s|ed|ing)?[\s-]?up|enrol(?:l|ls|led|ling|ment|s)?|agree(?:s|d|ing)?|accept(?:s|ed|ing)?|join(?:s|ed|ing)?|register(?:s|ed|ing)?|registration|submit(?:s|ted|ting)?|permission|authori[sz](?:e|es|ed|ing|ation)|would\s+like\s+to\s+(?:receive|get)|wants?\s+to\s+(?:receive|get)|(?:provide|provides|provided|providing|enter|enters|entered|entering|give|gives|gave|giving|type|types|leave|leaves)\s+(?:their|your|a|the|his|her)\s+(?:own\s+)?(?:mobile\s+|cell(?:ular)?\s+|cellphone\s+|phone\s+|contact\s+)?(?:number|phone)|(?:check|tick)(?:s|ed|ing)?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}box|says?\s+yes|(?:ask|asks|asked|asking)\s+(?:if|whether|for|them|the\s+\w+|customers|patients|clients|callers|guests|members))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex ConsentCueShared();
    private static Regex ConsentCue() => ThreadRegex.Local(ConsentCueShared());

    [GeneratedRegex(@"\b(?:visit\s+us|for\s+(?:more\s+)?(?:details|info\w*)|learn\s+more|more\s+info\w*|privacy|terms|conditions|questions|contact\s+us|help|support)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex InfoSentenceShared();
    private static Regex InfoSentence() => ThreadRegex.Local(InfoSentenceShared());

    [GeneratedRegex(@"\b(?:(?:about|regarding|concerning|related\s+to)\s+(?:your|my|their|his|her|the\s+status\s+of\s+(?:your|my|their))\s+(?!(?:mobile\s+|phone\s+|cell\s+)?(?:number|phone|consent|privacy|data|information)\b)[\w-]+|(?:text|notify|message|alert)\s+(?:me|you|them|patients|customers|clients|members)\s+when\s+(?:my|your|their|the)\s+[\w-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex MessageTopicShared();
    private static Regex MessageTopic() => ThreadRegex.Local(MessageTopicShared());

    // Lower-case words naming what texts are about, after the words that introduce what one signs up for ("enrolled in
    // trip texts", "signed up for application and shift texts", "text me policy and payment notices"): not words that
    // only say how they are sent ("automated texts", "recurring messages", "further messages"), verbs ("stop texts")
    // or a brand ("StrideFit texts"). Words ending in -ing are left out ("receiving messages"); the shared list has
    // the topics among them (billing, shipping, marketing).
    private const string NotATopic = "our|the|these|those|this|that|your|my|their|his|her|its|any|all|some|more|most|further|other|additional|future|new|no|few|many|several|multiple|various|such|each|every|recurring|automated|autodialed|auto-dialed|prerecorded|pre-recorded|text|sms|mms|mobile|cell|phone|short|long|standard|regular|normal|carrier|data|occasional|periodic|free|important|relevant|personal|personalized|custom|customized|bulk|mass|group|individual|outbound|inbound|incoming|outgoing|unsolicited|unwanted|spam|two-way|one-way|receive|get|gets|got|send|sends|sent|stop|start|end|cancel|unsubscribe|opt|like|love|want|wants|reply|respond|accept|allow|join|of|to|for|from|by|and|or|with|up|per|about|via|in|on|at|as|than|email|e-mail|welcome|brand|company|program|club|list";

    private const string TopicWord = @"(?!(?:" + NotATopic + @")\b)(?![a-z]+ing\b)[a-z][a-z-]{2,}";

    [GeneratedRegex(@"(?<=\b(?i:for|to|in|into|receive|get|send|me|you|them)\s+)" + TopicWord + @"(?:\s+" + TopicWord + @")?(?:,?\s+(?:and|&|or)\s+" + TopicWord + @"(?:\s+" + TopicWord + @")?)?\s+(?:texts|text\s+messages|messages|msgs|notices)\b", RegexOptions.CultureInvariant, T)]
    private static partial Regex TopicNounShared();
    private static Regex TopicNoun() => ThreadRegex.Local(TopicNounShared());

    [GeneratedRegex(@"\b(?:(?:chat|talk|speak|connect)\s+with\s+(?:[^.;:\n]{1,40}?\s+)?(?:support|agents?|representatives?|reps|(?:our|the)\s+(?:team|staff)|(?:care|support|service|help)\s+team|customer\s+(?:service|care))\b|text(?:ing)?\s+(?:our\s+)?(?:support|help\s+desk|helpdesk|service\s+desk)\b|(?:an?\s+|our\s+)?(?:agent|representative|support\s+team|team\s+member)\s+will\s+(?:reply|respond|answer|get\s+back))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex SupportChatShared();
    private static Regex SupportChat() => ThreadRegex.Local(SupportChatShared());

    [GeneratedRegex(@"\b(?:not|never|no|won['’]t|isn['’]t|aren['’]t)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex InnerNegatorShared();
    private static Regex InnerNegator() => ThreadRegex.Local(InnerNegatorShared());

    [GeneratedRegex(@"^(?:https?://|www\.|[a-z0-9\-]+\.[a-z]+/)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex AddressStartShared();
    private static Regex AddressStart() => ThreadRegex.Local(AddressStartShared());

    // Words just before an address that make it a copy or a picture: "copy at", "PDF:", "screenshots are at".
    [GeneratedRegex(@"\b(?:cop(?:y|ies)|pdf|printable|scan(?:ned)?|screen[\s-]?shots?|images?|photos?|pictures?|mock[\s-]?ups?)\b[^.!?\n]{0,25}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex CopyOfShared();
    private static Regex CopyOf() => ThreadRegex.Local(CopyOfShared());

    [GeneratedRegex(@"^\s+(?:a|an|the|you|them|him|her|patients|customers|clients|each|every|our|their|this|that)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex OfferVerbShared();
    private static Regex OfferVerb() => ThreadRegex.Local(OfferVerbShared());

    [GeneratedRegex(@"\b(?:online|on\s+the\s+internet|e-?form)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex OnlineWordsShared();
    private static Regex OnlineWords() => ThreadRegex.Local(OnlineWordsShared());

    [GeneratedRegex(@"\b(?:(?<inherent>verbal(?:ly)?|orally)|over\s+the\s+(?:phone|telephone)|by\s+(?:phone|telephone)|(?:phone|telephone)\s+calls?|on\s+(?:a|the)\s+(?:phone\s+)?call|during\s+(?:a|an|the|their|each)\s+(?:phone\s+|in[\s-]person\s+|office\s+)?(?:call|visit|appointment|consultation|meeting|conversation)|in[\s-]person|face[\s-]to[\s-]face|when\s+(?:they|customers|patients|clients|callers|guests|members)\s+call|(?:staff|employees?|agents?|representatives?|reps|receptionists?|front[\s-]desk|team\s+members?|associates?|technicians?|cashiers?)\s+(?:\w+\s+){0,4}?(?:asks?|asked)|(?:are|is|will\s+be|get|gets)\s+asked\b[^.!?\n]{0,60}?\b(?:front\s+desk|check[\s-]?in|reception|counter|register|visit|appointment|call))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex VerbalWordsShared();
    private static Regex VerbalWords() => ThreadRegex.Local(VerbalWordsShared());

    [GeneratedRegex(@"\b(?:forms?|check[\s-]?out|sign[\s-]?up\s+page|submit\w*|fill\w*\s+(?:in|out))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex FormWordsShared();
    private static Regex FormWords() => ThreadRegex.Local(FormWordsShared());

    [GeneratedRegex(@"\b(?:tablets?|kiosks?|terminals?|touch\s*screens?|screens?|pin\s*pads?|ipads?|forms?|sign[\s-]?(?:up|in)\s+sheets?|clipboard)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex DeviceShared();
    private static Regex Device() => ThreadRegex.Local(DeviceShared());

    [GeneratedRegex(@"\b(?:scripts?|scripted|verbatim|word[\s-]for[\s-]word|the\s+following|say|says|saying|read|reads|reading|recite[sd]?|reciting|tell|tells|telling|told|inform|informs|informed|informing|explain|explains|explained|explaining|advise|advises|advised|ask|asks|asked|asking|disclose|discloses|disclosed|disclosing|let\s+(?:them|the\s+\w+|customers|patients|clients|callers|guests)\s+know)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex ScriptCueShared();
    private static Regex ScriptCue() => ThreadRegex.Local(ScriptCueShared());

    [GeneratedRegex(@"(?:""(?<q>[^""\n]{8,800})""|“(?<q>[^“”\n]{8,800})”)", RegexOptions.CultureInvariant, T)]
    private static partial Regex QuotedShared();
    private static Regex Quoted() => ThreadRegex.Local(QuotedShared());

    [GeneratedRegex(@"\b(?:screen[\s-]?shots?|screen\s+(?:captures?|grabs?)|mock[\s-]?ups?)\b[^.!?\n]{0,100}?\b(?:attach\w*|upload\w*|host\w*|provid\w*|includ\w*|enclos\w*|submit\w*|links?|url|available|https?://\S+)|\b(?:attach\w*|upload\w*|host\w*|provid\w*|includ\w*|enclos\w*|see)\b[^.!?\n]{0,60}?\bscreen[\s-]?shots?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex ScreenshotShared();
    private static Regex Screenshot() => ThreadRegex.Local(ScreenshotShared());

    [GeneratedRegex(@"\b(?:log(?:ged)?[\s-]?in|sign(?:ed)?[\s-]in|behind\s+(?:a|the|our)\s+(?:login|log-in|sign[\s-]?in|password|paywall|account)|password[\s-]protected|(?:customer|patient|client|member|employee|user|account)\s+(?:portal|account|dashboard|login|area)|members?[\s-]only|authenticated|mobile\s+app|our\s+app|the\s+app|in[\s-]app|account\s+settings|not\s+publicly\s+(?:accessible|available|visible))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex LoginGateShared();
    private static Regex LoginGate() => ThreadRegex.Local(LoginGateShared());

    [GeneratedRegex(@"\b(?:(?:will|do|does|shall|would|is|are|may)\s+(?:not|never)|won['’]t|don['’]t|doesn['’]t|isn['’]t|aren['’]t|never|not)\s+(?:be\s+)?(?:shared|sold|rented|sell|share|rent|disclosed|transferred|given|traded)\b|\bno\s+(?:mobile\s+|phone\s+|personal\s+|sms\s+|text\s+)?(?:information|info|data|numbers?|opt[\s-]?in\s+(?:data|information)|consent)\b[^.!?\n]{0,80}?\b(?:shared|sold|rented|disclosed|transferred)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex NonSharingShared();
    private static Regex NonSharing() => ThreadRegex.Local(NonSharingShared());

    [GeneratedRegex(@"\b(?:implied\s+(?:consent|opt[\s-]?in)|automatically\s+(?:be\s+)?(?:enrolled|subscribed|opted[\s-]?in|added|signed[\s-]?up|receive|get)|(?:all|every)\s+(?:of\s+our\s+)?(?:customers?|clients?|patients?|members?|users?|employees?|contacts?)\s+(?:will\s+)?(?:receive|get|are\s+(?:sent|texted)|is\s+(?:sent|texted))|(?:all|every)\s+(?:of\s+our\s+|new\s+|existing\s+)?(?:customers?|clients?|patients?|members?|users?|employees?|contacts?|guests?|residents?|students?|parents?|families|tenants?|subscribers?|donors?|applicants?|policyholders?|homeowners?|owners?)\s+(?<who>(?:who|that|whose|with)\b[^.;!?\n]{1,100}?)\s+(?:are|is|will\s+be|get|gets|become|becomes)\s+(?:automatically\s+)?(?:enrolled|subscribed|added|signed\s+up|opted[\s-]?in|texted|messaged|sent)\b|(?:our|the)\s+(?:existing\s+)?(?:customer|client|patient|contact|member)\s+(?:list|database|records|crm)\b|by\s+(?:doing\s+business\s+with\s+us|making\s+a\s+purchase|purchasing|having\s+an\s+account)|(?:public(?:ly\s+available)?)\s+(?:records|sources|listings|directories))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex ImpliedConsentShared();
    private static Regex ImpliedConsent() => ThreadRegex.Local(ImpliedConsentShared());

    // A step that is consent in itself, in the clause that says who is enrolled ("who check the box", "who text JOIN").
    [GeneratedRegex(@"\b(?:opt(?:s|ed|ing)?[\s-]?in|consent\w*|agree\w*|check(?:s|ed)?|tick(?:s|ed)?|sign(?:s|ed)?[\s-]?up|subscrib\w*|says?\s+yes|said\s+yes|repl(?:y|ies|ied)\s+(?:with\s+)?[""'“]?yes|text(?:s|ed)?\s+(?:the\s+(?:key)?word\s+)?[""'“]?(?-i:[A-Z0-9]{2,})\b|request\w*|ask(?:s|ed)?\s+(?:for|to)|cho(?:ose|oses|se)|elect(?:s|ed)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex ExplicitStepShared();
    private static Regex ExplicitStep() => ThreadRegex.Local(ExplicitStepShared());

    [GeneratedRegex(@"\b(?:(?:purchased|bought|rented|acquired|third[\s-]party|leased|co-?registration)\s+(?:opt[\s-]?in\s+|contact\s+|phone\s+)?(?:lists?|leads?|contacts|numbers|data(?:bases?)?|consents?)|lead\s+(?:lists?|vendors?|providers?|generators?|sources?)|(?:partners?|affiliates?|third[\s-]part(?:y|ies)|vendors?)\s+(?:\w+\s+){0,2}?(?:collect|collects|collected|obtain|obtains|obtained|gather|gathers|gathered|provide|provides|provided|supply|supplies|supplied)\s+(?:the\s+|their\s+)?(?:opt[\s-]?ins?|consents?|numbers|leads|contacts|phone\s+numbers)|(?:consent|opt[\s-]?in(?:\s+data)?)\s+(?:\w+\s+){0,3}?(?:shared|transferred|sold)\s+(?:with|to)\s+(?:our\s+)?(?:partners|affiliates|third[\s-]parties|other\s+(?:companies|brands|businesses)))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex ThirdPartyConsentShared();
    private static Regex ThirdPartyConsent() => ThreadRegex.Local(ThirdPartyConsentShared());

    [GeneratedRegex(@"\b(?:(?:must|required\s+to|have\s+to|has\s+to|need\s+to|needs\s+to|obligated\s+to)\s+(?:opt[\s-]?in|consent|agree|accept|sign\s+up\s+for\s+(?:sms|texts?|text\s+messages)|(?:check|tick|select)\s+(?:this|the|that|a|an|our)\s+(?:[\w-]+\s+){0,3}?(?:check)?box)\b[^.!?\n]{0,60}?\b(?:in\s+order\s+to|to\s+(?:use|complete|finish|create|book|schedule|reserve|purchase|buy|pay|place|check\s?out|register|access|continue|proceed|submit|apply|enroll|get\s+(?:service|care|treatment|an?\s+appointment))|before\s+(?:using|booking|purchasing|paying|checking\s+out|completing|finishing|submitting|registering))|(?:sms|text(?:ing)?|messaging|text\s+message)\s+(?:consent|opt[\s-]?in)\s+(?:is|are)\s+(?:required|mandatory)|consent\s+(?:to\s+receive\s+(?:sms\s+|text\s+)?(?:messages|texts)\s+)?is\s+(?:required|mandatory|a\s+condition)|(?:check[\s-]?box|opt[\s-]?in\s+box|consent\s+box)\s+(?:is\s+)?(?:required|mandatory)|(?:required|mandatory)\s+(?:sms\s+|text\s+)?(?:check[\s-]?box|opt[\s-]?in\s+box|consent\s+box|opt[\s-]?in\b)|as\s+a\s+condition\s+of\s+(?:service|purchase|employment|enrollment|booking|using))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex ConsentRequiredShared();
    private static Regex ConsentRequired() => ThreadRegex.Local(ConsentRequiredShared());

    [GeneratedRegex(@"\b(?:consent(?:s|ed|ing)?|agree(?:s|d|ing)?|authori[sz]e[sd]?|opt(?:s|ed)?[\s-]?in)\s+to\s+(?:receive|receiving|be\s+contacted|being\s+contacted|(?:our\s+)?contact(?:ing)?\s+you)\b(?<list>[^.!?;\n]{0,120})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex BundledConsentShared();
    private static Regex BundledConsent() => ThreadRegex.Local(BundledConsentShared());

    [GeneratedRegex(@"\b(?:texts?|sms|text\s+messages?|txts?|mms)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex SmsChannelShared();
    private static Regex SmsChannel() => ThreadRegex.Local(SmsChannelShared());

    [GeneratedRegex(@"\b(?:calls|phone\s+calls?|autodial\w*\s+calls?|pre-?recorded|robocalls?|voice\s+calls?|e-?mails|e-?mail\s+(?:messages|communications|marketing|newsletters?))\b|(?:,|\band|\bor)\s+e-?mail\b(?!\s+(?:address|us))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex OtherChannelShared();
    private static Regex OtherChannel() => ThreadRegex.Local(OtherChannelShared());

    [GeneratedRegex(@"\b(?:check[\s-]?box(?:es)?|tick[\s-]?box(?:es)?|(?:check|tick)(?:s|ed|ing)?\s+(?:a|an|the)\s+(?:[\w-]+,?\s+){0,4}?box|box\s+(?:is\s+)?(?:un)?checked|(?:un)?checked\s+(?:\w+\s+){0,2}?box|box\s+(?:is\s+)?left\s+(?:blank|empty|unchecked|unticked)|(?:blank|empty|unticked|tick)\s+box|opt[\s-]?in\s+box|consent\s+box|toggle)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex CheckboxShared();
    private static Regex Checkbox() => ThreadRegex.Local(CheckboxShared());

    [GeneratedRegex(@"\b(?:advertis\w*|ads?|signage|signs?|posters?|flyers?|fliers?|banners?|brochures?|menus?|receipts?|packaging|mailers?|postcards?|table\s+tents?|window\s+clings?|displayed|posted|printed|social\s+media|instagram|facebook|website|web\s*site|web\s*page|landing\s+page|newsletters?|e-?mails?|screen[\s-]?shots?|promoted|featured|shown|listed|informed|told|radio|tv|television|billboards?|events?|counter\s+cards?|qr\s+codes?|invoices?|statements?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex KeywordPromotionShared();
    private static Regex KeywordPromotion() => ThreadRegex.Local(KeywordPromotionShared());

    [GeneratedRegex(@"\b(?:attach\w*|enclos\w*|upload\w*|pdf|(?:a\s+)?cop(?:y|ies)|(?:up)?on\s+request|request\s+a|hard\s+copy|printed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, T)]
    private static partial Regex CopyAvailableShared();
    private static Regex CopyAvailable() => ThreadRegex.Local(CopyAvailableShared());
}

using System.Collections.Frozen;
using System.Globalization;

namespace Preflight.Core.Text;

/// <summary>A guess at a text's language and how it was reached.</summary>
/// <param name="Language">
/// ISO 639-1 code ("en", "es", "vi", "zh", …) or, for a language without one, ISO 639-2 ("hmn" for Hmong), "und" when there is too little to tell, or "non-latin" for a script the
/// detector cannot name. For bilingual text it is the foreign language.
/// </param>
/// <param name="IsEnglish">False when the text, or a sentence of it, is clearly in another language or script.</param>
/// <param name="Evidence">Words that decided it (the foreign function words found), for the report.</param>
public sealed record LanguageGuess(string Language, bool IsEnglish, double Confidence, string Evidence)
{
    /// <summary>English with whole sentences in another language ("Reply STOP to cancel. Responda ALTO para cancelar los mensajes.").</summary>
    public bool IsBilingual { get; init; }
}

/// <summary>
/// Tells English from other languages with function-word counts (<c>data/function-words.txt</c>), sentence by
/// sentence, and the share of letters in other scripts. Short texts, brand and place names with foreign words
/// ("Casa de la Rosa", "Los Angeles", "Gracias from the team") stay English; web addresses and e-mail addresses are
/// not read.
/// </summary>
public sealed class LanguageDetector
{
    // Articles and prepositions that are part of names ("Casa de la Rosa", "Del Taco", "Las Vegas").
    private static readonly FrozenSet<string> NameParticles = new[]
    {
        "de", "del", "la", "las", "los", "el", "le", "les", "des", "du", "da", "das", "dos", "di", "van", "von", "der", "den", "y", "e",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly string[] _languages;

    // Every function word, with a bit per foreign language (index into _languages) and bit 31 for English.
    private readonly FrozenDictionary<string, int> _masks;

    // The ASCII function words lower-cased, compared ordinally: an ASCII word can only equal an ASCII word without
    // regard to case, and lower-casing it first is cheaper than hashing it without regard to case.
    private readonly FrozenDictionary<string, int> _asciiMasks;

    // The longest function word: a longer word cannot be one, so it is not looked up.
    private readonly int _longest;

    // The first three letters of every ASCII function word of three or more letters, as bits (see Prefix): an ASCII
    // word whose first three letters are none of these cannot be a function word, so it is not looked up either.
    private readonly ulong[] _prefixes = new ulong[(26 * 26 * 26 + 63) / 64];
    private const int EnglishBit = 1 << 31;

    // The ASCII function words again, each packed into a number (see Packer) in an open-addressed table: a word of
    // the text is packed while it is read, so looking it up costs one multiplication and a comparison or two, with no
    // lower-casing, hashing of characters or string comparison. Words that do not pack (non-ASCII, longer than
    // Packer.MaxLength) are looked up in the dictionaries above.
    private readonly PackedWord[] _packed;
    private readonly int _packedShift;

    public LanguageDetector(ReferenceData data)
    {
        var dict = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var line in data.List("function-words"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) continue;
            dict[line[..colon].Trim()] = line[(colon + 1)..]
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        }
        _languages = [.. dict.Keys.Where(k => k != "en").Order(StringComparer.Ordinal)];
        // Each foreign language is a bit of an int mask below bit 31 (English) and bit 30 (kept free).
        if (_languages.Length > 30)
            throw new InvalidDataException($"function-words lists {_languages.Length} languages besides English; at most 30 fit the masks.");
        var masks = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (lang, words) in dict)
        {
            var bit = lang == "en" ? EnglishBit : 1 << Array.IndexOf(_languages, lang);
            foreach (var w in words) masks[w] = masks.GetValueOrDefault(w) | bit;
        }
        _masks = masks.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _asciiMasks = masks.Where(m => System.Text.Ascii.IsValid(m.Key))
            .ToFrozenDictionary(m => m.Key.ToLowerInvariant(), m => m.Value, StringComparer.Ordinal);
        _longest = masks.Count == 0 ? 0 : masks.Keys.Max(k => k.Length);
        foreach (var word in _asciiMasks.Keys)
            if (Prefix(word) is var bit and >= 0) _prefixes[bit >> 6] |= 1UL << (bit & 63);

        // A word of the text packs only if it is letters and apostrophes, so a function word with any other character
        // ("rendez-vous") can never equal one and is left out; so is one too long to pack, as a word that packs is short.
        var packable = _asciiMasks.Where(m => m.Key.Length <= Packer.MaxLength && Packer.Of(m.Key) != 0).ToList();
        var bits = 4;
        while ((1 << bits) < packable.Count * 3) bits++;
        _packed = new PackedWord[1 << bits];
        _packedShift = 64 - bits;
        foreach (var (word, mask) in packable)
        {
            var code = Packer.Of(word);
            var slot = Slot(code);
            while (_packed[slot].Code != 0) slot = (slot + 1) & (_packed.Length - 1);
            _packed[slot] = new PackedWord(code, mask);
        }
    }

    private readonly record struct PackedWord(ulong Code, int Mask);

    private int Slot(ulong code) => (int)((code * 0x9E3779B97F4A7C15UL) >> _packedShift);

    // The mask of a packed word (see Packer), 0 when it is no function word. Called for nearly every word of a text.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int PackedMask(ulong code)
    {
        var table = _packed;
        for (var slot = Slot(code); ; slot = (slot + 1) & (table.Length - 1))
        {
            var entry = table[slot];
            if (entry.Code == code) return entry.Mask;
            if (entry.Code == 0) return 0;
        }
    }

    /// <summary>
    /// Packs a word of ASCII letters and apostrophes, case folded, into a number: five bits a character (a-z as 1-26,
    /// the apostrophe as 27), so two words pack alike exactly when they are equal without regard to ASCII case. A word
    /// with any other character, or longer than <see cref="MaxLength"/>, packs to 0.
    /// </summary>
    private static class Packer
    {
        public const int MaxLength = 12;

        // The code of one character, 0 for a character that does not pack.
        public static uint Char(char c)
        {
            // Only A-Z and a-z fall in a-z when bit 0x20 is set.
            var letter = (uint)((c | 0x20) - 'a');
            if (letter <= 'z' - 'a') return letter + 1;
            return c == '\'' ? 27u : 0u;
        }

        public static ulong Of(ReadOnlySpan<char> word)
        {
            if (word.Length is 0 or > MaxLength) return 0;
            ulong code = 0;
            foreach (var c in word)
            {
                var v = Char(c);
                if (v == 0) return 0;
                code = (code << 5) | v;
            }
            return code;
        }
    }

    // The mask of a word: packed and looked up in the table when it packs, else as the dictionaries give it.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private int MaskOf(ReadOnlySpan<char> word)
    {
        if (word.Length > _longest) return 0;
        Span<char> lower = stackalloc char[Math.Max(1, _longest)];
        var code = Packer.Of(word);
        return code != 0 ? PackedMask(code) : Mask(word, lower, _masks.GetAlternateLookup<ReadOnlySpan<char>>(), _asciiMasks.GetAlternateLookup<ReadOnlySpan<char>>(), _prefixes);
    }

    /// <summary>The mask of a word by the packed table and by the dictionaries alone, for the test that holds one to the other.</summary>
    internal (int Packed, int Dictionaries) MasksOf(string word)
    {
        Span<char> lower = stackalloc char[Math.Max(1, _longest)];
        var full = word.Length <= _longest ? Mask(word, lower, _masks.GetAlternateLookup<ReadOnlySpan<char>>(), _asciiMasks.GetAlternateLookup<ReadOnlySpan<char>>(), _prefixes) : 0;
        return (MaskOf(word), full);
    }

    // The bit of a lower-case word's first three letters, or -1 when it is shorter or they are not all ASCII letters
    // (such a word is always looked up).
    private static int Prefix(ReadOnlySpan<char> lower)
    {
        if (lower.Length < 3 || !char.IsAsciiLetterLower(lower[0]) || !char.IsAsciiLetterLower(lower[1]) || !char.IsAsciiLetterLower(lower[2])) return -1;
        return ((lower[0] - 'a') * 26 + (lower[1] - 'a')) * 26 + (lower[2] - 'a');
    }

    public LanguageGuess Detect(string? text) => Detect(text, null);

    /// <summary>As <see cref="Detect(string?)"/>, reading the web and e-mail addresses from the field's cached facts.</summary>
    internal LanguageGuess Detect(string? text, FieldAnalysis? field) => Detect(text, field, shortcut: true);

    /// <summary>
    /// <see cref="Detect(string?)"/> the full way, for the test that holds the shortcuts to it: every text read word by
    /// word with its sentences, and every word looked up in the dictionaries instead of the packed table.
    /// </summary>
    internal LanguageGuess DetectFully(string? text) => Detect(text, null, shortcut: false);

    private LanguageGuess Detect(string? text, FieldAnalysis? field, bool shortcut)
    {
        if (string.IsNullOrWhiteSpace(text)) return new("und", true, 0, "");

        // Plain ASCII has no letters of another script and none of Vietnamese's: Script would find nothing.
        if (!System.Text.Ascii.IsValid(text))
        {
            var script = Script(text);
            if (script is not null) return script;
        }

        var urls = field is null ? Urls.Find(text) : field.Urls;
        var emails = field is null ? Disclosures.FindEmails(text) : field.Emails;
        if (shortcut && EnglishOnly(text, urls, emails) is { } english) return english;
        var skip = Unreadable(urls, emails);
        var words = Words(text);
        try
        {
            return Judge(text, words.Span, skip, packed: shortcut);
        }
        finally
        {
            words.Return();
        }
    }

    // The guesses EnglishOnly gives most often, shared instead of allocated for every field: every English text with a
    // function word for at least every third word, and a text with no word at all.
    private static readonly LanguageGuess SurelyEnglish = new("en", true, 1, "");
    private static readonly LanguageGuess NoWords = new("en", true, 0, "");

    /// <summary>
    /// What <see cref="Judge"/> gives a text in which no word outside the addresses is a foreign function word (the
    /// English text nearly every field is), in one pass that keeps no words; null at the first foreign function word,
    /// for Judge to decide. Judge counts nothing for any language then, so neither sentences nor names matter: its
    /// answer rests on the count of words read and of English function words among them, which this counts alike.
    /// </summary>
    /// <remarks>
    /// <see cref="ScanPlain"/> reads and counts the plain words (nearly all of them); this loop reads any other word,
    /// and whatever is not ASCII, the general way. The addresses are two lists, each in text order (as Urls.Find and
    /// the e-mail pattern find them), walked by <see cref="AddressCursor.InAddress"/> only once a word starts at or
    /// after the start of the next address.
    /// </remarks>
    private LanguageGuess? EnglishOnly(string text, IReadOnlyList<UrlMatch> urls, IReadOnlyList<TextMatch> emails)
    {
        var cursor = new AddressCursor(urls, emails);
        if (!cursor.InOrder) return null;
        var s = text.AsSpan();
        int en = 0, total = 0;
        var i = 0;
        while (true)
        {
            if (ScanPlain(s, ref i, ref en, ref total, cursor.NextStart) < 0) break;
            // ScanPlain stopped at a character that is not ASCII or at the start of a word it leaves to this loop.
            var c = s[i];
            if ((uint)((c | 0x20) - 'a') > 'z' - 'a' && (c < 0x80 || !char.IsLetter(c))) { i++; continue; }
            var start = i;
            i = ReadWord(s, start, out var code, out var packs);
            if (start >= cursor.NextStart && cursor.InAddress(start)) continue;
            total++;
            var length = i - start;
            var mask = length > _longest ? 0 : packs && length <= Packer.MaxLength ? PackedMask(code) : MaskOf(s.Slice(start, length));
            if ((mask & ~EnglishBit) != 0 && !IsAbbreviation(s.Slice(start, length))) return null;
            if ((mask & EnglishBit) != 0) en++;
        }
        if (total == 0) return NoWords;
        var confidence = Math.Min(1, en / (double)total * 3);
        return confidence == 1 && en > 0 ? SurelyEnglish : new(en > 0 || total < 4 ? "en" : "und", true, confidence, "");
    }

    /// <summary>
    /// Reads on from <paramref name="position"/> and counts the plain words: ASCII letters, with at most one inner
    /// apostrophe, next to no character beyond ASCII, short enough to pack (see <see cref="Packer"/>), starting before
    /// <paramref name="nextAddress"/>, and no foreign function word; the English function words among them go in
    /// <paramref name="english"/>. Stops (returning the position, where it leaves <paramref name="position"/>) at the
    /// start of any other word or at a character beyond ASCII between words; -1 at the end of the text. It calls
    /// nothing, so that its counters stay in registers.
    /// </summary>
    private int ScanPlain(ReadOnlySpan<char> s, ref int position, ref int english, ref int words, int nextAddress)
    {
        int i = position, en = english, total = words, stop = -1;
        while (i < s.Length)
        {
            // Only A-Z and a-z fall in a-z when bit 0x20 is set.
            uint c = s[i];
            var letter = (c | 0x20) - 'a';
            if (letter > 'z' - 'a')
            {
                if (c >= 0x80) { stop = i; break; }
                i++;
                continue;
            }
            var start = i;
            ulong code = letter + 1;
            while (++i < s.Length && (letter = (s[i] | 0x20u) - 'a') <= 'z' - 'a') code = (code << 5) | (letter + 1);
            if (i < s.Length)
            {
                c = s[i];
                if (c >= 0x80) { stop = start; break; }
                if (c == '\'' && i + 1 < s.Length)
                {
                    uint next = s[i + 1];
                    if (next >= 0x80) { stop = start; break; }
                    if ((next | 0x20) - 'a' <= 'z' - 'a')
                    {
                        code = (code << 5) | 27;
                        i++;
                        while (++i < s.Length && (letter = (s[i] | 0x20u) - 'a') <= 'z' - 'a') code = (code << 5) | (letter + 1);
                        if (i < s.Length && s[i] >= 0x80) { stop = start; break; }
                    }
                }
            }
            if (start >= nextAddress || i - start > Packer.MaxLength) { stop = start; break; }
            var mask = PackedMask(code);
            if ((mask & ~EnglishBit) != 0) { stop = start; break; }
            if (mask != 0) en++;
            total++;
        }
        position = stop < 0 ? i : stop;
        english = en;
        words = total;
        return stop;
    }

    /// <summary>
    /// Reads the word at <paramref name="start"/> as <see cref="Words"/> does (a run of letters with at most one inner
    /// apostrophe) and returns where it ends; <paramref name="packs"/> tells whether it is ASCII letters and a plain
    /// apostrophe only, and then <paramref name="code"/> is its packed form (see <see cref="Packer"/>).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int ReadWord(ReadOnlySpan<char> s, int start, out ulong code, out bool packs)
    {
        code = 0;
        packs = true;
        var i = start;
        for (var apostrophe = false; ; apostrophe = true)
        {
            for (; i < s.Length; i++)
            {
                var c = s[i];
                var letter = (uint)((c | 0x20) - 'a');
                if (letter <= 'z' - 'a') { code = (code << 5) | (letter + 1); continue; }
                if (c < 0x80 || !char.IsLetter(c)) break;
                packs = false;
                code <<= 5;
            }
            if (apostrophe || i + 1 >= s.Length || s[i] is not ('\'' or '’') || !char.IsLetter(s[i + 1])) break;
            packs &= s[i] == '\'';
            code = (code << 5) | 27;
            i++;
        }
        return i;
    }

    /// <summary>
    /// The web and e-mail addresses of a text as two lists in text order, walked forward as the words come: a word
    /// whose start is before <see cref="NextStart"/> is in no address.
    /// </summary>
    private struct AddressCursor
    {
        private readonly IReadOnlyList<UrlMatch> _urls;
        private readonly IReadOnlyList<TextMatch> _emails;
        private int _url, _email;

        public AddressCursor(IReadOnlyList<UrlMatch> urls, IReadOnlyList<TextMatch> emails)
        {
            _urls = urls;
            _emails = emails;
            InOrder = Sorted(urls, emails);
            NextStart = Next();
        }

        /// <summary>Whether each list is in order of its starts, as the walk needs (always, for the lists Detect reads).</summary>
        public bool InOrder { get; }

        /// <summary>The start of the first address not yet passed; int.MaxValue when there is none.</summary>
        public int NextStart { get; private set; }

        /// <summary>
        /// Whether a word starting at <paramref name="start"/> (no earlier than the last word asked about) is inside an
        /// address. In a list in order of starts, the first address that ends after the word is the only one that can
        /// hold it: any address after it starts no earlier, and every address before it ends at or before the word.
        /// </summary>
        public bool InAddress(int start)
        {
            while (_url < _urls.Count && _urls[_url].Start + _urls[_url].Length <= start) _url++;
            while (_email < _emails.Count && _emails[_email].End <= start) _email++;
            NextStart = Next();
            return start >= NextStart;
        }

        private readonly int Next() => Math.Min(
            _url < _urls.Count ? _urls[_url].Start : int.MaxValue,
            _email < _emails.Count ? _emails[_email].Start : int.MaxValue);

        private static bool Sorted(IReadOnlyList<UrlMatch> urls, IReadOnlyList<TextMatch> emails)
        {
            for (var k = 1; k < urls.Count; k++)
                if (urls[k].Start < urls[k - 1].Start) return false;
            for (var k = 1; k < emails.Count; k++)
                if (emails[k].Start < emails[k - 1].Start) return false;
            return true;
        }
    }

    private LanguageGuess Judge(string text, ReadOnlySpan<Word> words, List<(int Start, int End)>? skip, bool packed)
    {
        var langCount = _languages.Length;
        Span<int> totals = stackalloc int[langCount];
        Span<int> inForeignSentences = stackalloc int[langCount];
        Span<int> sentence = stackalloc int[langCount];
        totals.Clear();
        inForeignSentences.Clear();
        sentence.Clear();
        // The foreign function words counted, in text order, with their language bits: the evidence for the result.
        List<(int Word, int Mask)>? counted = null;
        var lookup = _masks.GetAlternateLookup<ReadOnlySpan<char>>();
        var asciiLookup = _asciiMasks.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[Math.Max(1, _longest)];
        int en = 0, sentenceEn = 0, total = 0, inEnglishSentences = 0;
        for (var w = 0; w < words.Length; w++)
        {
            var m = words[w];
            if (InSpans(skip, m.Start)) continue;
            total++;
            var word = text.AsSpan(m.Start, m.Length);
            var mask = packed ? MaskOf(word) : word.Length <= _longest ? Mask(word, lower, lookup, asciiLookup, _prefixes) : 0;
            if ((mask & EnglishBit) != 0) { en++; sentenceEn++; }
            if ((mask & ~EnglishBit) != 0 && !IsNamePart(text, words, w) && !IsAbbreviation(word))
            {
                for (var l = 0; l < langCount; l++)
                {
                    if ((mask & (1 << l)) == 0) continue;
                    totals[l]++;
                    sentence[l]++;
                }
                (counted ??= []).Add((w, mask));
            }
            if (EndsSentence(text, m.Start + m.Length, w + 1 < words.Length ? words[w + 1].Start : text.Length))
                CloseSentence(sentence, inForeignSentences, ref sentenceEn, ref inEnglishSentences);
        }
        CloseSentence(sentence, inForeignSentences, ref sentenceEn, ref inEnglishSentences);

        var best = -1;
        for (var l = 0; l < langCount; l++)
            if (totals[l] > 0 && (best < 0 || totals[l] > totals[best])) best = l;
        if (best < 0 || totals[best] < 3)
            return new(en > 0 || total < 4 ? "en" : "und", true, total == 0 ? 0 : Math.Min(1, en / (double)Math.Max(1, total) * 3), "");

        var confidence = totals[best] / (double)(totals[best] + en);
        if (totals[best] > en)
            return new(_languages[best], false, confidence, Evidence(text, words, counted!, best)) { IsBilingual = inEnglishSentences >= 3 };

        // English overall, but whole sentences in another language: report that language.
        var bi = -1;
        for (var l = 0; l < langCount; l++)
            if (inForeignSentences[l] >= 3 && (bi < 0 || inForeignSentences[l] > inForeignSentences[bi])) bi = l;
        if (bi >= 0)
            return new(_languages[bi], false, confidence, Evidence(text, words, counted!, bi)) { IsBilingual = true };
        return new("en", true, 1 - confidence, "");
    }

    private static int Mask(ReadOnlySpan<char> word, Span<char> lower,
        FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup,
        FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> asciiLookup, ulong[] prefixes)
    {
        var folded = lower[..word.Length];
        if (System.Text.Ascii.ToLower(word, folded, out _) == System.Buffers.OperationStatus.Done)
        {
            if (Prefix(folded) is var bit and >= 0 && (prefixes[bit >> 6] & (1UL << (bit & 63))) == 0) return 0;
            return asciiLookup.TryGetValue(folded, out var ascii) ? ascii : 0;
        }
        return lookup.TryGetValue(word, out var found) ? found : 0;
    }

    private static void CloseSentence(Span<int> sentence, Span<int> inForeignSentences, ref int sentenceEn, ref int inEnglishSentences)
    {
        var top = -1;
        for (var l = 0; l < sentence.Length; l++)
            if (sentence[l] > 0 && (top < 0 || sentence[l] > sentence[top])) top = l;
        if (top >= 0 && sentence[top] > sentenceEn) inForeignSentences[top] += sentence[top];
        else if (sentenceEn >= 2) inEnglishSentences += sentenceEn;
        sentence.Clear();
        sentenceEn = 0;
    }

    // The first six distinct function words of a language, as found.
    private static string Evidence(string text, ReadOnlySpan<Word> words, List<(int Word, int Mask)> counted, int language)
    {
        var shown = new List<string>(6);
        foreach (var (w, mask) in counted)
        {
            if ((mask & (1 << language)) == 0) continue;
            var word = text.Substring(words[w].Start, words[w].Length);
            if (!shown.Exists(s => string.Equals(s, word, StringComparison.OrdinalIgnoreCase))) shown.Add(word);
            if (shown.Count == 6) break;
        }
        return string.Join(", ", shown);
    }

    /// <summary>One word of the text: a run of letters, with one inner apostrophe ("don't", "l’eau").</summary>
    private readonly record struct Word(int Start, int Length);

    /// <summary>The words of a text in a pooled buffer: runs of letters (<c>\p{L}+</c>) with at most one inner apostrophe.</summary>
    private static PooledWords Words(string text)
    {
        var buffer = System.Buffers.ArrayPool<Word>.Shared.Rent(Math.Max(16, text.Length / 2 + 1));
        var n = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            if (i + 1 < text.Length && text[i] is '\'' or '’' && char.IsLetter(text[i + 1]))
            {
                i++;
                while (i < text.Length && char.IsLetter(text[i])) i++;
            }
            buffer[n++] = new Word(start, i - start);
        }
        return new PooledWords(buffer, n);
    }

    private readonly struct PooledWords(Word[] buffer, int count)
    {
        public ReadOnlySpan<Word> Span => buffer.AsSpan(0, count);

        public void Return() => System.Buffers.ArrayPool<Word>.Shared.Return(buffer);
    }

    // A name particle counts as part of a name when the next ordinary word is capitalised and the particle itself, or
    // the word before it, is capitalised too: "Los Angeles", "Casa de la Rosa".
    private static bool IsNamePart(string text, ReadOnlySpan<Word> words, int w)
    {
        var particles = NameParticles.GetAlternateLookup<ReadOnlySpan<char>>();
        var word = Span(text, words[w]);
        if (!particles.Contains(word)) return false;
        var n = w + 1;
        while (n < words.Length && particles.Contains(Span(text, words[n]))) n++;
        if (n >= words.Length || !char.IsUpper(text[words[n].Start])) return false;
        if (char.IsUpper(word[0])) return true;
        var p = w - 1;
        while (p >= 0 && particles.Contains(Span(text, words[p]))) p--;
        return p >= 0 && char.IsUpper(text[words[p].Start]) && !EndsSentence(text, words[p].Start + words[p].Length, words[p + 1].Start);

        static ReadOnlySpan<char> Span(string text, Word word) => text.AsSpan(word.Start, word.Length);
    }

    // "IL", "LA", "DE", "ME": state codes and abbreviations are not function words.
    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length is > 3 or <= 1) return false;
        foreach (var c in word)
            if (!char.IsUpper(c)) return false;
        return true;
    }

    private static bool EndsSentence(string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
            if (text[i] is '.' or '!' or '?' or '\n' or ';' or '¿' or '¡') return true;
        return false;
    }

    /// <summary>A text written mostly (or with a whole phrase) in a non-Latin script, or Vietnamese by its letters.</summary>
    private static LanguageGuess? Script(string text)
    {
        int letters = 0, nonLatin = 0, vietnamese = 0;
        string? name = null;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c is (>= '\u1EA0' and <= '\u1EF9') or 'ơ' or 'Ơ' or 'ư' or 'Ư' or 'đ' or 'Đ') vietnamese++;
            if (c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF') continue;
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.OtherLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter))
                continue;
            nonLatin++;
            name ??= ScriptLanguage(c);
        }
        if (letters >= 12 && vietnamese >= 3 && vietnamese >= letters * 0.04)
            return new("vi", false, Math.Min(1, vietnamese / (double)letters * 8), "Vietnamese letters");
        if (nonLatin == 0) return null;
        var share = nonLatin / (double)letters;
        if ((letters >= 12 && share > 0.3) || (nonLatin == letters && nonLatin >= 4))
            return new(name ?? "non-latin", false, Math.Min(1, share), Excerpt(text));
        if (nonLatin >= 6)
            return new(name ?? "non-latin", false, share, Excerpt(text)) { IsBilingual = true };
        return null;

        static string Excerpt(string t) => t.Length > 40 ? t[..40] : t;
    }

    private static string ScriptLanguage(char c) => c switch
    {
        >= '\u0370' and <= '\u03FF' => "el",
        >= '\u0400' and <= '\u04FF' => "ru",
        >= '\u0590' and <= '\u05FF' => "he",
        >= '\u0600' and <= '\u06FF' => "ar",
        >= '\u0900' and <= '\u097F' => "hi",
        >= '\u0E00' and <= '\u0E7F' => "th",
        >= '\u3040' and <= '\u30FF' => "ja",
        >= '\u1100' and <= '\u11FF' or >= '\uAC00' and <= '\uD7AF' => "ko",
        >= '\u4E00' and <= '\u9FFF' => "zh",
        _ => "non-latin",
    };

    private static List<(int Start, int End)>? Unreadable(IReadOnlyList<UrlMatch> urls, IReadOnlyList<TextMatch> emails)
    {
        if (urls.Count == 0 && emails.Count == 0) return null;
        var spans = new List<(int, int)>(urls.Count + emails.Count);
        foreach (var u in urls) spans.Add((u.Start, u.Start + u.Length));
        foreach (var e in emails) spans.Add((e.Start, e.End));
        return spans;
    }

    private static bool InSpans(List<(int Start, int End)>? spans, int index)
    {
        if (spans is null) return false;
        foreach (var (s, e) in spans)
            if (index >= s && index < e) return true;
        return false;
    }
}

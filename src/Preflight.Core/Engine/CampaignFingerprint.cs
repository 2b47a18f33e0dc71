using System.Runtime.Intrinsics;
using Preflight.Core.Model;
using Preflight.Core.Text;

namespace Preflight.Core.Engine;

/// <summary>
/// The near-duplicate fingerprint of a campaign: the set of word 3-shingles of its description, message flow and
/// samples after normalisation, and MinHash band keys over that set for locality-sensitive hashing.
/// </summary>
/// <remarks>
/// Normalisation makes campaigns that differ only in what changes between copies compare equal: case, accents,
/// punctuation and spacing are dropped; web addresses and e-mail addresses become one mask, any word with a digit
/// (numbers, dates, times, phone numbers, prices) another, and the brand's own name words a third.
/// </remarks>
internal static class CampaignFingerprint
{
    public const int ShingleSize = 3;
    public const int Bands = 16;
    public const int Rows = 4;
    public const int Hashes = Bands * Rows;

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private const ulong MaskUrl = 0x5EED_0001_0000_0001UL;
    private const ulong MaskEmail = 0x5EED_0002_0000_0002UL;
    private const ulong MaskNumber = 0x5EED_0003_0000_0003UL;
    private const ulong MaskBrand = 0x5EED_0004_0000_0004UL;
    private const ulong MaskAnd = 0x5EED_0005_0000_0005UL;

    // Words too common to stand for the brand when they happen to be part of its name.
    private static readonly HashSet<ulong> NotBrandWords =
    [
        .. new[]
        {
            "the", "and", "for", "you", "your", "our", "from", "with", "inc", "llc", "ltd", "corp", "company", "group",
            "services", "service", "center", "centre", "shop", "store",
        }.Select(Hash),
    ];

    // Multiply-add permutations of the 32-bit hash space, eight MinHash functions per vector; fixed seeds keep results
    // reproducible.
    private const int Lanes = 8;
    private static readonly Vector256<uint>[] Multipliers = Seeds(0x9E3779B97F4A7C15UL, odd: true);
    private static readonly Vector256<uint>[] Addends = Seeds(0xD1B54A32D192ED03UL, odd: false);

    /// <summary>The sorted, distinct shingle hashes of the campaign's text; empty when it has no text.</summary>
    public static uint[] Shingles(Submission submission)
    {
        var c = submission.Campaign;
        var brand = BrandWords(submission.Brand);
        var tokens = new List<ulong>(128);
        var shingles = new List<uint>(256);
        Add(c.Description);
        Add(c.MessageFlow);
        Add(c.Sample1);
        Add(c.Sample2);
        Add(c.Sample3);
        Add(c.Sample4);
        Add(c.Sample5);
        if (shingles.Count == 0) return [];
        shingles.Sort();
        var distinct = 1;
        for (var i = 1; i < shingles.Count; i++)
            if (shingles[i] != shingles[distinct - 1]) shingles[distinct++] = shingles[i];
        return shingles.GetRange(0, distinct).ToArray();

        void Add(string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            tokens.Clear();
            Tokenize(text, brand, tokens);
            AddShingles(tokens, shingles);
        }
    }

    /// <summary>The <see cref="Bands"/> LSH band keys of a shingle set's MinHash signature.</summary>
    public static ulong[] BandKeys(uint[] shingles)
    {
        Span<Vector256<uint>> mins = stackalloc Vector256<uint>[Hashes / Lanes];
        mins.Fill(Vector256<uint>.AllBitsSet);
        var a = Multipliers;
        var b = Addends;
        foreach (var s in shingles)
        {
            var x = Vector256.Create((uint)(Mix(s) >> 32));
            for (var k = 0; k < mins.Length; k++) mins[k] = Vector256.Min(mins[k], (x * a[k]) + b[k]);
        }
        var keys = new ulong[Bands];
        for (var band = 0; band < Bands; band++)
        {
            var h = Mix((ulong)(band + 1) * 0xA24BAED4963EE407UL);
            for (var r = 0; r < Rows; r++)
            {
                var i = (band * Rows) + r;
                h = Mix(h ^ mins[i / Lanes].GetElement(i % Lanes));
            }
            keys[band] = h;
        }
        return keys;
    }

    /// <summary>Jaccard similarity of two sorted, distinct shingle sets.</summary>
    public static double Jaccard(uint[] x, uint[] y)
    {
        if (x.Length == 0 || y.Length == 0) return 0;
        int i = 0, j = 0, common = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                common++;
                i++;
                j++;
            }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return (double)common / (x.Length + y.Length - common);
    }

    /// <summary>A stable 64-bit hash of a shingle set (for grouping identical fingerprints).</summary>
    public static ulong SetHash(uint[] shingles, ulong seed)
    {
        var h = Mix(seed ^ (ulong)shingles.Length);
        foreach (var s in shingles) h = Mix(h ^ s) * FnvPrime;
        return Mix(h);
    }

    /// <summary>A stable 64-bit hash of a string (FNV-1a, then mixed).</summary>
    public static ulong Hash(string s)
    {
        var h = FnvOffset;
        foreach (var c in s) h = (h ^ c) * FnvPrime;
        return Mix(h);
    }

    /// <summary>The splitmix64 finaliser: spreads every input bit over the whole word.</summary>
    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    internal static void Tokenize(string text, ulong[]? brand, List<ulong> output)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i == start) break;
            var chunk = text.AsSpan(start, i - start);
            switch (Classify(chunk))
            {
                case ChunkKind.Url:
                    Emit(output, MaskUrl, collapse: true);
                    continue;
                case ChunkKind.Email:
                    Emit(output, MaskEmail, collapse: true);
                    continue;
                default:
                    Words(chunk, brand, output);
                    break;
            }
        }
    }

    private static void Words(ReadOnlySpan<char> chunk, ulong[]? brand, List<ulong> output)
    {
        var h = FnvOffset;
        var length = 0;
        var digit = false;
        foreach (var c in chunk)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                // The common case, without the folding tables: ASCII letters lower-cased, digits noted.
                if (char.IsAsciiDigit(c)) digit = true;
                h = (h ^ (c <= 'Z' && c >= 'A' ? (char)(c | 0x20) : c)) * FnvPrime;
                length++;
                continue;
            }
            if (c is '\'' or '’' or '`' or 'ʼ') continue; // "you're" is one word
            if (char.IsLetterOrDigit(c))
            {
                if (char.IsDigit(c)) digit = true;
                if (Fold.Expansion(c) is { } e)
                {
                    foreach (var x in e) h = (h ^ x) * FnvPrime;
                }
                else
                {
                    h = (h ^ Fold.Letter(c)) * FnvPrime;
                }
                length++;
                continue;
            }
            Flush();
            if (c == '&') Emit(output, MaskAnd, collapse: false);
        }
        Flush();

        void Flush()
        {
            if (length == 0) return;
            var word = Mix(h);
            if (digit) Emit(output, MaskNumber, collapse: true);
            else if (word == AndWord) Emit(output, MaskAnd, collapse: false);
            else if (brand is not null && Array.IndexOf(brand, word) >= 0) Emit(output, MaskBrand, collapse: true);
            else Emit(output, word, collapse: false);
            h = FnvOffset;
            length = 0;
            digit = false;
        }
    }

    private static readonly ulong AndWord = Hash("and");

    private static void Emit(List<ulong> output, ulong token, bool collapse)
    {
        if (collapse && output.Count > 0 && output[^1] == token) return;
        output.Add(token);
    }

    private static void AddShingles(List<ulong> tokens, List<uint> shingles)
    {
        if (tokens.Count == 0) return;
        if (tokens.Count < ShingleSize)
        {
            var h = 0UL;
            foreach (var t in tokens) h = Mix((h * FnvPrime) + t);
            shingles.Add((uint)(h >> 32));
            return;
        }
        for (var i = 0; i + ShingleSize <= tokens.Count; i++)
        {
            var h = 0UL;
            for (var k = 0; k < ShingleSize; k++) h = Mix(unchecked((h * FnvPrime) + tokens[i + k]));
            shingles.Add((uint)(h >> 32));
        }
    }

    private enum ChunkKind { Words, Url, Email }

    private static ChunkKind Classify(ReadOnlySpan<char> chunk)
    {
        if (chunk.Length < 4 || chunk.IndexOfAny('.', '@', ':') < 0) return ChunkKind.Words;
        chunk = chunk.Trim("([{<\"'“‘").TrimEnd(".,;:!?)]}>\"'”’");
        if (chunk.Length < 4) return ChunkKind.Words;
        if (chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            return ChunkKind.Url;
        var at = chunk.IndexOf('@');
        if (at > 0 && chunk[(at + 1)..].Contains('.')) return ChunkKind.Email;
        // A bare host name, perhaps with a path: "brightsmiledental.com/book".
        var slash = chunk.IndexOf('/');
        var host = slash >= 0 ? chunk[..slash] : chunk;
        var dot = host.LastIndexOf('.');
        if (dot <= 0 || dot == host.Length - 1) return ChunkKind.Words;
        var tld = host[(dot + 1)..];
        if (tld.Length is < 2 or > 24) return ChunkKind.Words;
        foreach (var c in tld)
            if (c is not (>= 'a' and <= 'z' or >= 'A' and <= 'Z')) return ChunkKind.Words;
        foreach (var c in host)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.')) return ChunkKind.Words;
        return ChunkKind.Url;
    }

    /// <summary>Hashes of the words of the brand's names, as <see cref="Tokenize"/> hashes them (common words left out).</summary>
    private static ulong[] BrandWords(Brand brand)
    {
        var words = new List<ulong>(8);
        Add(brand.DisplayName);
        Add(brand.CompanyName);
        Add(brand.FirstName);
        Add(brand.LastName);
        return words.ToArray();

        void Add(string? name)
        {
            if (string.IsNullOrWhiteSpace(name)) return;
            var h = FnvOffset;
            var length = 0;
            var digit = false;
            foreach (var c in name)
            {
                if (c is '\'' or '’' or '`' or 'ʼ') continue;
                if (char.IsLetterOrDigit(c))
                {
                    digit |= char.IsDigit(c);
                    if (Fold.Expansion(c) is { } e)
                    {
                        foreach (var x in e) h = (h ^ x) * FnvPrime;
                    }
                    else
                    {
                        h = (h ^ Fold.Letter(c)) * FnvPrime;
                    }
                    length++;
                    continue;
                }
                Flush();
            }
            Flush();

            void Flush()
            {
                var word = Mix(h);
                if (length >= 3 && !digit && !NotBrandWords.Contains(word) && !words.Contains(word)) words.Add(word);
                h = FnvOffset;
                length = 0;
                digit = false;
            }
        }
    }

    private static Vector256<uint>[] Seeds(ulong seed, bool odd)
    {
        var values = new uint[Hashes];
        var state = seed;
        for (var i = 0; i < values.Length; i++)
        {
            state = unchecked(state + 0x9E3779B97F4A7C15UL);
            values[i] = (uint)(Mix(state) >> 32) | (odd ? 1U : 0U);
        }
        var vectors = new Vector256<uint>[Hashes / Lanes];
        for (var k = 0; k < vectors.Length; k++) vectors[k] = Vector256.Create(values.AsSpan(k * Lanes, Lanes));
        return vectors;
    }
}

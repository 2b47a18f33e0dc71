using System.Text;

namespace Preflight.Core.Text;

/// <summary>
/// Finds emoji by their Unicode properties (UTS #51 emoji-data): pictographs, flags, keycaps, and symbols asked to
/// render as emoji with U+FE0F. Text symbols that are "Emoji" only with a variation selector (™ © ® ‼ ↔ ▶) count only
/// when the selector is there; check marks and stars that are not emoji at all (✓ ★ ♪) never count.
/// </summary>
public static class Emoji
{
    // BMP code points with the Emoji property (emoji-data.txt), as inclusive ranges. Those below U+2300 and the
    // geometric shapes and arrows are text-default: they count only when followed by U+FE0F.
    private static readonly (int From, int To, bool TextDefault)[] Bmp =
    [
        (0x00A9, 0x00A9, true), (0x00AE, 0x00AE, true), (0x203C, 0x203C, true), (0x2049, 0x2049, true),
        (0x2122, 0x2122, true), (0x2139, 0x2139, true), (0x2194, 0x2199, true), (0x21A9, 0x21AA, true),
        (0x231A, 0x231B, false), (0x2328, 0x2328, false), (0x23CF, 0x23CF, false), (0x23E9, 0x23F3, false),
        (0x23F8, 0x23FA, false), (0x24C2, 0x24C2, true), (0x25AA, 0x25AB, true), (0x25B6, 0x25B6, true),
        (0x25C0, 0x25C0, true), (0x25FB, 0x25FE, true), (0x2600, 0x2604, false), (0x260E, 0x260E, false),
        (0x2611, 0x2611, false), (0x2614, 0x2615, false), (0x2618, 0x2618, false), (0x261D, 0x261D, false),
        (0x2620, 0x2620, false), (0x2622, 0x2623, false), (0x2626, 0x2626, false), (0x262A, 0x262A, false),
        (0x262E, 0x262F, false), (0x2638, 0x263A, false), (0x2640, 0x2640, false), (0x2642, 0x2642, false),
        (0x2648, 0x2653, false), (0x265F, 0x2660, false), (0x2663, 0x2663, false), (0x2665, 0x2666, false),
        (0x2668, 0x2668, false), (0x267B, 0x267B, false), (0x267E, 0x267F, false), (0x2692, 0x2697, false),
        (0x2699, 0x2699, false), (0x269B, 0x269C, false), (0x26A0, 0x26A1, false), (0x26A7, 0x26A7, false),
        (0x26AA, 0x26AB, false), (0x26B0, 0x26B1, false), (0x26BD, 0x26BE, false), (0x26C4, 0x26C5, false),
        (0x26C8, 0x26C8, false), (0x26CE, 0x26CF, false), (0x26D1, 0x26D1, false), (0x26D3, 0x26D4, false),
        (0x26E9, 0x26EA, false), (0x26F0, 0x26F5, false), (0x26F7, 0x26FA, false), (0x26FD, 0x26FD, false),
        (0x2702, 0x2702, false), (0x2705, 0x2705, false), (0x2708, 0x270D, false), (0x270F, 0x270F, false),
        (0x2712, 0x2712, false), (0x2714, 0x2714, false), (0x2716, 0x2716, false), (0x271D, 0x271D, false),
        (0x2721, 0x2721, false), (0x2728, 0x2728, false), (0x2733, 0x2734, false), (0x2744, 0x2744, false),
        (0x2747, 0x2747, false), (0x274C, 0x274C, false), (0x274E, 0x274E, false), (0x2753, 0x2755, false),
        (0x2757, 0x2757, false), (0x2763, 0x2764, false), (0x2795, 0x2797, false), (0x27A1, 0x27A1, false),
        (0x27B0, 0x27B0, false), (0x27BF, 0x27BF, false), (0x2934, 0x2935, true), (0x2B05, 0x2B07, false),
        (0x2B1B, 0x2B1C, false), (0x2B50, 0x2B50, false), (0x2B55, 0x2B55, false), (0x3030, 0x3030, false),
        (0x303D, 0x303D, false), (0x3297, 0x3297, false), (0x3299, 0x3299, false),
    ];

    public static TextMatch? FindFirst(string? text)
    {
        var all = Find(text, 1);
        return all.Count == 0 ? null : all[0];
    }

    public static IReadOnlyList<TextMatch> Find(string? text, int max = int.MaxValue)
    {
        // Every emoji, keycaps included, has a code point above U+007F: plain ASCII has none (one vectorised check).
        if (string.IsNullOrEmpty(text) || Ascii.IsValid(text)) return [];
        List<TextMatch>? list = null;
        var i = 0;
        while (i < text.Length && (list?.Count ?? 0) < max)
        {
            var c = text[i];
            // Fast path: ASCII other than keycap bases, and Latin/Greek/Cyrillic letters, are never emoji.
            if (c < 0x80 && !(c is '#' or '*' or (>= '0' and <= '9'))) { i++; continue; }
            if (!Rune.TryGetRuneAt(text, i, out var rune)) { i++; continue; }
            var len = rune.Utf16SequenceLength;
            var next = i + len < text.Length && Rune.TryGetRuneAt(text, i + len, out var r2) ? r2.Value : -1;
            var afterNext = next >= 0 && i + len + 1 < text.Length && Rune.TryGetRuneAt(text, i + len + 1, out var r3) ? r3.Value : -1;
            if (IsEmojiStart(rune.Value, next, afterNext))
            {
                var start = i;
                i += len;
                // Take the whole sequence: modifiers, variation selectors, keycaps, tags, joiners and what they join,
                // and the second regional indicator of a flag.
                var regional = rune.Value is >= 0x1F1E6 and <= 0x1F1FF;
                while (i < text.Length && Rune.TryGetRuneAt(text, i, out var r))
                {
                    var cp = r.Value;
                    if (IsModifier(cp) || text[i - 1] == '\u200D' || (regional && cp is >= 0x1F1E6 and <= 0x1F1FF))
                    {
                        regional = false;
                        i += r.Utf16SequenceLength;
                        continue;
                    }
                    break;
                }
                (list ??= []).Add(new TextMatch(start, i - start, text[start..i]));
                continue;
            }
            i += len;
        }
        return list ?? (IReadOnlyList<TextMatch>)[];
    }

    /// <summary>Whether a code point is emoji on its own (default emoji presentation or a pictograph).</summary>
    public static bool IsEmoji(int codePoint) => IsEmojiStart(codePoint, -1, -1);

    private static bool IsModifier(int cp) =>
        cp is 0x200D or 0xFE0F or 0x20E3 || cp is >= 0x1F3FB and <= 0x1F3FF || cp is >= 0xE0020 and <= 0xE007F;

    private static bool IsEmojiStart(int cp, int next, int afterNext)
    {
        // Keycaps: 1️⃣, #️⃣, or 1⃣ without the selector.
        if (cp is '#' or '*' or (>= '0' and <= '9'))
            return next == 0x20E3 || (next == 0xFE0F && afterNext == 0x20E3);
        if (cp < 0x00A9) return false;
        if (cp >= 0x10000) return IsSupplementaryPictograph(cp);
        foreach (var (from, to, textDefault) in Bmp)
        {
            if (cp < from) return false;
            if (cp <= to) return !textDefault || next == 0xFE0F;
        }
        return false;
    }

    private static bool IsSupplementaryPictograph(int cp) =>
        cp is 0x1F004 or 0x1F0CF or 0x1F170 or 0x1F171 or 0x1F17E or 0x1F17F or 0x1F18E or 0x1F21A or 0x1F22F or 0x1F7F0
        || cp is >= 0x1F191 and <= 0x1F19A
        || cp is >= 0x1F1E6 and <= 0x1F1FF   // regional indicators (flags)
        || cp is >= 0x1F201 and <= 0x1F202
        || cp is >= 0x1F232 and <= 0x1F23A
        || cp is >= 0x1F250 and <= 0x1F251
        || cp is >= 0x1F300 and <= 0x1F64F   // pictographs, emoticons
        || cp is >= 0x1F680 and <= 0x1F6FF   // transport and map
        || cp is >= 0x1F7E0 and <= 0x1F7EB   // coloured circles and squares
        || cp is >= 0x1F90C and <= 0x1F9FF   // supplemental symbols and pictographs
        || cp is >= 0x1FA70 and <= 0x1FAFF;  // symbols and pictographs extended-A
}

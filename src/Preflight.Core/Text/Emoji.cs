using System.Globalization;
using System.Text;

namespace Preflight.Core.Text;

/// <summary>Finds emoji by their Unicode properties: pictographic symbols, flags, keycaps and emoji presentation.</summary>
public static class Emoji
{
    public static TextMatch? FindFirst(string? text)
    {
        var all = Find(text, 1);
        return all.Count == 0 ? null : all[0];
    }

    public static IReadOnlyList<TextMatch> Find(string? text, int max = int.MaxValue)
    {
        if (string.IsNullOrEmpty(text)) return [];
        List<TextMatch>? list = null;
        var i = 0;
        while (i < text.Length && (list?.Count ?? 0) < max)
        {
            if (!Rune.TryGetRuneAt(text, i, out var rune)) { i++; continue; }
            var len = rune.Utf16SequenceLength;
            var next = i + len < text.Length && Rune.TryGetRuneAt(text, i + len, out var r2) ? r2.Value : -1;
            if (IsEmoji(rune, next))
            {
                var start = i;
                i += len;
                // Take the whole sequence: modifiers, variation selectors, zero-width joiners and what they join.
                while (i < text.Length && Rune.TryGetRuneAt(text, i, out var r) && (IsJoiner(r.Value) || (i > 0 && text[i - 1] == '\u200D')))
                    i += r.Utf16SequenceLength;
                (list ??= []).Add(new TextMatch(start, i - start, text[start..i]));
                continue;
            }
            i += len;
        }
        return list ?? (IReadOnlyList<TextMatch>)[];
    }

    private static bool IsJoiner(int cp) =>
        cp is 0x200D or 0xFE0F or 0x20E3 || cp is >= 0x1F3FB and <= 0x1F3FF || cp is >= 0xE0020 and <= 0xE007F;

    private static bool IsEmoji(Rune rune, int next)
    {
        var cp = rune.Value;
        if (next == 0xFE0F && Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol)
            return true; // text symbol asked to render as emoji, e.g. ♥️
        if (next == 0x20E3) return true; // keycap 1️⃣
        if (cp is >= 0x1F1E6 and <= 0x1F1FF) return true; // regional indicators (flags)
        if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.OtherSymbol) return false;
        return cp is >= 0x1F000 and <= 0x1FAFF   // pictographs, emoticons, transport, supplemental symbols
            || cp is >= 0x2600 and <= 0x27BF     // miscellaneous symbols and dingbats
            || cp is >= 0x2B00 and <= 0x2BFF && cp is 0x2B50 or 0x2B55 or 0x2B1B or 0x2B1C or 0x2B05 or 0x2B06 or 0x2B07
            || cp is 0x231A or 0x231B or 0x2328 or 0x23CF or >= 0x23E9 and <= 0x23FA
            || cp is 0x3030 or 0x303D or 0x3297 or 0x3299;
    }
}

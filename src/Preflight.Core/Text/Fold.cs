namespace Preflight.Core.Text;

/// <summary>
/// Folds Latin letters with diacritics to their base letter ("é" to "e", "ø" to "o", Vietnamese "ệ" to "e"). A table
/// rather than Unicode normalisation, which the invariant-globalisation runtime does not perform.
/// </summary>
public static class Fold
{
    // Base letters for U+00C0..U+024F and U+1E00..U+1EFF, indexed by code point after lower-casing; '.' = none.
    // Generated from the Unicode canonical decompositions (first character of NFD), plus letters with strokes.
    private const int LatinStart = 0x00C0;
    private const int ExtendedStart = 0x1E00;
    private const string Latin =
        "................................aaaaaa.ceeeeiiiidnooooo.ouuuuyty.a.a.a.c.c.c.c.d" +
        ".d.e.e.e.e.e.g.g.g.g.h.h.i.i.i.i.i...j.kk.l.l.l.l.l.n.n.n....o.o.o...r.r.r.s.s.s" +
        ".s.t.t.t.u.u.u.u.u.u.w.y..z.z.z.b.................f......kl......o.............." +
        "u...y.z.......................a.i.o.u.u.u.u.u..a.a.....g.k.o.o..j....g...n.a...." +
        ".a.a.e.e.i.i.o.o.r.r.u.u.s.t...h.....z.a.e.o.o.o.o.y...................e.....r.y";

    private const string Extended =
        ".a.b.b.b.c.d.d.d.d.d.e.e.e.e.e.f.g.h.h.h.h.h.i.i.k.k.k.l.l.l.l.m.m.m.n.n.n.n.o.o" +
        ".o.o.p.p.r.r.r.r.s.s.s.s.s.t.t.t.t.u.u.u.u.u.v.v.w.w.w.w.w.x.x.y.z.z.zhtwy......" +
        ".a.a.a.a.a.a.a.a.a.a.a.a.e.e.e.e.e.e.e.e.i.i.o.o.o.o.o.o.o.o.o.o.o.o.u.u.u.u.u.u" +
        ".u.y.y.y.y......";

    /// <summary>The lower-case base letter of <paramref name="c"/>, or <paramref name="c"/> lower-cased.</summary>
    public static char Letter(char c)
    {
        if (c < 0x80) return char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        var lower = char.ToLowerInvariant(c);
        if (lower < LatinStart) return lower;
        char mapped;
        if (lower < LatinStart + Latin.Length) mapped = Latin[lower - LatinStart];
        else if (lower >= ExtendedStart && lower < ExtendedStart + Extended.Length) mapped = Extended[lower - ExtendedStart];
        else return lower;
        return mapped == '.' ? lower : mapped;
    }

    /// <summary>The ASCII spelling of a ligature or sharp s ("ß" to "ss", "æ" to "ae", "œ" to "oe"), or null.</summary>
    // No character below U+00C0 lower-cases to one of these, so those are answered without case mapping.
    public static string? Expansion(char c) => c < LatinStart ? null : char.ToLowerInvariant(c) switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ĳ' => "ij",
        _ => null,
    };

    /// <summary>The whole text folded and lower-cased; same length as the input.</summary>
    public static string Text(string s)
    {
        return string.Create(s.Length, s, static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++) span[i] = Letter(src[i]);
        });
    }

    /// <summary>The text folded, lower-cased and with ligatures spelled out; may be longer than the input.</summary>
    public static string Key(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (Expansion(c) is { } e) sb.Append(e);
            else sb.Append(Letter(c));
        }
        return sb.ToString();
    }
}

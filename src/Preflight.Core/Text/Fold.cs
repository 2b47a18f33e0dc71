namespace Preflight.Core.Text;

/// <summary>
/// Folds Latin letters with diacritics to their base letter ("é" to "e", "ø" to "o"). A table rather than Unicode
/// normalisation, which the invariant-globalisation runtime does not perform.
/// </summary>
public static class Fold
{
    private const string From = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňŉòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżžðþ";
    private const string To = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzzdt";

    /// <summary>The lower-case base letter of <paramref name="c"/>, or <paramref name="c"/> lower-cased.</summary>
    public static char Letter(char c)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower < 128) return lower;
        var i = From.IndexOf(lower, StringComparison.Ordinal);
        return i >= 0 ? To[i] : lower;
    }

    /// <summary>The whole text folded and lower-cased; same length as the input.</summary>
    public static string Text(string s)
    {
        return string.Create(s.Length, s, static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++) span[i] = Letter(src[i]);
        });
    }
}

namespace Preflight.Core.Text;

/// <summary>
/// The first (up to) three letters of every word of a text, lower-cased, plus which symbols it holds: a cheap index
/// that lets the content classifier skip a category whose phrases cannot start anywhere in the text.
/// </summary>
internal sealed class WordKeys
{
    private readonly HashSet<ulong> _keys = [];

    private WordKeys() { }

    public bool HasDigit { get; private set; }
    public bool HasDollar { get; private set; }
    public bool HasPercent { get; private set; }

    public static WordKeys Of(string text)
    {
        var k = new WordKeys();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c == '$') k.HasDollar = true;
                else if (c == '%') k.HasPercent = true;
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (char.IsAsciiDigit(text[i])) k.HasDigit = true;
                i++;
            }
            k._keys.Add(Key(text.AsSpan(start, Math.Min(3, i - start))));
        }
        return k;
    }

    public bool Contains(ulong key) => _keys.Contains(key);

    /// <summary>The key of a word's start: up to three characters, lower-cased.</summary>
    public static ulong Key(ReadOnlySpan<char> start)
    {
        ulong key = 0;
        for (var j = 0; j < start.Length && j < 3; j++) key = (key << 16) | char.ToLowerInvariant(start[j]);
        return key | ((ulong)Math.Min(3, start.Length) << 48);
    }
}

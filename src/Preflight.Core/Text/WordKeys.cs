namespace Preflight.Core.Text;

/// <summary>
/// What the content classifier reads about one text, once: where phrases can start (<see cref="Starts"/>, which
/// decides for most categories), and for a category its start table cannot filter, the first (up to) three letters of
/// every word, lower-cased, and which symbols the text holds. The keys and symbols are read from the text only when
/// such a category asks.
/// </summary>
internal sealed class WordKeys
{
    private readonly string _text;

    private Symbols _symbols;

    private WordKeys(string text) => _text = text;

    [Flags]
    private enum Symbols { None = 0, Read = 1, Digit = 2, Dollar = 4, Percent = 8 }

    public bool HasDigit => (Read() & Symbols.Digit) != 0;
    public bool HasDollar => (Read() & Symbols.Dollar) != 0;
    public bool HasPercent => (Read() & Symbols.Percent) != 0;

    // The symbols are read on first use: only a category whose phrases cannot be told by their start asks.
    private Symbols Read()
    {
        if (_symbols != Symbols.None) return _symbols;
        var found = Symbols.Read;
        foreach (var c in _text)
        {
            if (c == '$') found |= Symbols.Dollar;
            else if (c == '%') found |= Symbols.Percent;
            else if (char.IsAsciiDigit(c)) found |= Symbols.Digit;
        }
        return _symbols = found;
    }

    /// <summary>Where content phrases can start in this text (filled in by the classifier on first use).</summary>
    public ContentClassifier.PhraseStartsInText? Starts { get; set; }

    /// <summary>The categories (a bit each) sharing a word key with this text, once the classifier has looked.</summary>
    public int? Categories { get; set; }

    public static WordKeys Of(string text) => new(text);

    /// <summary>The union of the masks of this text's word keys.</summary>
    public int CategoriesOf(Dictionary<ulong, int> keyCategories)
    {
        var mask = 0;
        var text = _text;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            if (keyCategories.TryGetValue(Key(text.AsSpan(start, Math.Min(3, i - start))), out var m)) mask |= m;
        }
        return mask;
    }

    /// <summary>How many characters <see cref="AlnumIndex"/> numbers.</summary>
    public const int Alnum = 36;

    /// <summary>An ASCII letter (either case) as 0-25 and a digit as 26-35; -1 for any other character.</summary>
    public static int AlnumIndex(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= 'A' and <= 'Z' => c - 'A',
        >= '0' and <= '9' => 26 + (c - '0'),
        _ => -1,
    };

    /// <summary>The key of a word's start: up to three characters, lower-cased.</summary>
    public static ulong Key(ReadOnlySpan<char> start)
    {
        ulong key = 0;
        for (var j = 0; j < start.Length && j < 3; j++) key = (key << 16) | char.ToLowerInvariant(start[j]);
        return key | ((ulong)Math.Min(3, start.Length) << 48);
    }
}

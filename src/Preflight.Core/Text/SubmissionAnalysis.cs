using Preflight.Core.Model;

namespace Preflight.Core.Text;

/// <summary>
/// A fact read from one text field, computed at most once per field and shared by every rule that asks for it
/// (<see cref="FieldAnalysis.Get{T}"/>). Declare each fact once, as a <c>static readonly</c> field: the instance is
/// its key.
/// </summary>
public sealed class FieldFact<T>
{
    private readonly Func<FieldAnalysis, T> _compute;

    public FieldFact(Func<FieldAnalysis, T> compute) => _compute = compute;

    internal T Compute(FieldAnalysis field) => _compute(field);
}

/// <summary>A small typed memo: facts keyed by their declaring object, for the few dozen facts one owner holds.</summary>
internal struct FactMemo
{
    private object[]? _keys;
    private object?[]? _values;
    private int _count;

    public bool TryGet(object key, out object? value)
    {
        var keys = _keys;
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(keys![i], key))
            {
                value = _values![i];
                return true;
            }
        }
        value = null;
        return false;
    }

    public void Add(object key, object? value)
    {
        if (_keys is null) { _keys = new object[8]; _values = new object?[8]; }
        else if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }
        _keys[_count] = key;
        _values![_count] = value;
        _count++;
    }
}

/// <summary>
/// Text facts about one submission, each computed at most once and shared by every rule. Not thread-safe: one
/// submission is judged on one thread.
/// </summary>
public sealed class SubmissionAnalysis
{
    private readonly Submission _submission;
    // Sized for the fields rules read from one submission, so that it does not grow while they run.
    private readonly Dictionary<string, FieldAnalysis> _fields = new(32, StringComparer.Ordinal);
    private readonly FieldAnalysis?[] _recent = new FieldAnalysis?[16];
    private int _recentCount;
    private BrandNameMatcher? _brand;
    private OptInMethod? _methods;

    public SubmissionAnalysis(Submission submission, ReferenceData data)
    {
        _submission = submission;
        Data = data;
    }

    public ReferenceData Data { get; }

    public BrandNameMatcher Brand => _brand ??= new BrandNameMatcher(_submission.Brand);

    public LanguageDetector Language => Data.Language;

    /// <summary>The analysis of a field by its canonical pointer; an empty analysis for empty or unknown fields.</summary>
    public FieldAnalysis Field(string pointer)
    {
        // Rules pass the same constant strings: compare references first, then the dictionary.
        for (var i = 0; i < _recent.Length; i++)
            if (ReferenceEquals(_recent[i]?.Pointer, pointer)) return _recent[i]!;
        if (!_fields.TryGetValue(pointer, out var f))
        {
            var text = _submission.Text(pointer);
            f = new FieldAnalysis(pointer, text ?? "", this);
            _fields[pointer] = f;
        }
        if (_recentCount < _recent.Length) _recent[_recentCount++] = f;
        return f;
    }

    /// <summary>The opt-in methods the description and message flow describe together.</summary>
    public OptInMethod OptInMethods => _methods ??=
        Field(Fields.MessageFlow).OptInMethods | Field(Fields.Description).OptInMethods;
}

/// <summary>Lazily computed facts about one text field.</summary>
public sealed class FieldAnalysis
{
    private readonly SubmissionAnalysis _owner;
    private TextMatch? _brand, _optOut, _help, _frequency, _rates, _noFurther, _optOutConfirm, _support, _privacy, _terms, _messageType, _emoji, _brandInWords;
    private Done _done;
    private IReadOnlyList<UrlMatch>? _urls;
    private IReadOnlyList<TextMatch>? _phones, _emails;
    private LanguageGuess? _language;
    private OptInReading? _optIn;
    private IReadOnlyList<TextMatch>?[]? _content;
    private IReadOnlyList<ContentHit>?[]? _hits;
    private WordKeys? _keys;
    private FactMemo _facts;

    [Flags]
    private enum Done
    {
        None = 0,
        Brand = 1 << 0,
        OptOut = 1 << 1,
        Help = 1 << 2,
        Frequency = 1 << 3,
        Rates = 1 << 4,
        NoFurther = 1 << 5,
        OptOutConfirm = 1 << 6,
        Support = 1 << 7,
        Privacy = 1 << 8,
        Terms = 1 << 9,
        MessageType = 1 << 10,
        Emoji = 1 << 11,
        BrandInWords = 1 << 12,
    }

    internal FieldAnalysis(string pointer, string text, SubmissionAnalysis owner)
    {
        Pointer = pointer;
        Text = text;
        _owner = owner;
    }

    public string Pointer { get; }
    public string Text { get; }

    /// <summary>The brand's names, as the submission this field belongs to gives them.</summary>
    public BrandNameMatcher Brand => _owner.Brand;
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);

    /// <summary>
    /// The brand named in the words of the field, not only run together inside one of its web or e-mail addresses
    /// (<see cref="BrandNameMatcher.FindInWords"/> from the cached facts); a brand whose name is a domain is named by that
    /// domain written alone.
    /// </summary>
    public TextMatch? BrandInWords => Fact(ref _brandInWords, Done.BrandInWords, static f => f.BrandName is null ? null : f._owner.Brand.FindInWords(f.Text, f.Urls, f.Emails, f.BrandName));

    public TextMatch? BrandName => Fact(ref _brand, Done.Brand, static f => f._owner.Brand.Find(f.Text));
    public TextMatch? OptOutInstruction => Fact(ref _optOut, Done.OptOut, static f => Disclosures.FindOptOutInstruction(f.Text));
    public TextMatch? HelpInstruction => Fact(ref _help, Done.Help, static f => Disclosures.FindHelpInstruction(f.Text));
    public TextMatch? Frequency => Fact(ref _frequency, Done.Frequency, static f => Disclosures.FindFrequency(f.Text));
    public TextMatch? RatesNotice => Fact(ref _rates, Done.Rates, static f => Disclosures.FindRatesNotice(f.Text));
    public TextMatch? NoFurtherMessages => Fact(ref _noFurther, Done.NoFurther, static f => Disclosures.FindNoFurtherMessages(f.Text));

    public TextMatch? OptOutConfirmation => Fact(ref _optOutConfirm, Done.OptOutConfirm, static f => f.Text.Length == 0 ? null : Disclosures.FindOptOutConfirmed(f.Text) ?? f.NoFurtherMessages);

    /// <summary>The first e-mail address, else phone number, else web address (see <see cref="Disclosures.FindSupportContact"/>).</summary>
    public TextMatch? SupportContact => Fact(ref _support, Done.Support, static f => f.ReadSupportContact());

    public TextMatch? PrivacyReference => Fact(ref _privacy, Done.Privacy, static f => Disclosures.FindPrivacyPolicyReference(f.Text));
    public TextMatch? TermsReference => Fact(ref _terms, Done.Terms, static f => Disclosures.FindTermsReference(f.Text));
    public TextMatch? MessageType => Fact(ref _messageType, Done.MessageType, static f => Disclosures.FindMessageType(f.Text));

    public IReadOnlyList<UrlMatch> Urls => _urls ??= Text.Length == 0 ? [] : Preflight.Core.Text.Urls.Find(Text);
    public IReadOnlyList<TextMatch> Phones => _phones ??= Text.Length == 0 ? [] : Preflight.Core.Text.Phones.Find(Text);

    /// <summary>Every e-mail address in the field.</summary>
    public IReadOnlyList<TextMatch> Emails => _emails ??= Disclosures.FindEmails(Text);

    public TextMatch? Emoji => Fact(ref _emoji, Done.Emoji, static f => Preflight.Core.Text.Emoji.FindFirst(f.Text));

    public LanguageGuess Language => _language ??= _owner.Language.Detect(Text, this);

    public OptInMethod OptInMethods => ReadOptIn().Methods;

    /// <summary>The opt-in methods whose patterns match in the field at all, negated or not (see <see cref="OptInReading.Matched"/>).</summary>
    internal OptInMethod OptInPatterns => ReadOptIn().Matched;

    private OptInReading ReadOptIn() => _optIn ??= Text.Length == 0
        ? new OptInReading([], OptInMethod.None, OptInMethod.None)
        : Preflight.Core.Text.OptInMethods.Read(Text, Preflight.Core.Text.OptInMethods.AllMethods);

    /// <summary>
    /// Confident phrases of a content category in this field: strong phrases, and weak ones only when the field has
    /// another mention (negated and excepted mentions left out). See <see cref="ContentClassifier.Find"/>.
    /// </summary>
    public IReadOnlyList<TextMatch> Content(ContentCategory category)
    {
        _content ??= new IReadOnlyList<TextMatch>?[ContentClassifier.CategoryCount];
        ref var found = ref _content[(int)category];
        if (found is null)
        {
            var hits = ContentHits(category);
            if (hits.Count == 0 || !ContentClassifier.IsConfident(hits)) found = [];
            else
            {
                var matches = new TextMatch[hits.Count];
                for (var i = 0; i < matches.Length; i++) matches[i] = hits[i].Match;
                found = matches;
            }
        }
        return found;
    }

    /// <summary>Every mention of a content category in this field, weak ones included, with their strength.</summary>
    public IReadOnlyList<ContentHit> ContentHits(ContentCategory category)
    {
        _hits ??= new IReadOnlyList<ContentHit>?[ContentClassifier.CategoryCount];
        return _hits[(int)category] ??= Text.Length == 0 ? [] : OutsideLinkPaths(_owner.Data.Classifier.FindHits(category, Text, _keys ??= WordKeys.Of(Text)));
    }

    // Words in a link's path are the site's naming, not the message's wording ("…/deals/4821" in an offer-status
    // update is not a promotion). The host stays in: a domain can name what is sold.
    private IReadOnlyList<ContentHit> OutsideLinkPaths(IReadOnlyList<ContentHit> hits)
    {
        if (hits.Count == 0 || Urls.Count == 0) return hits;
        List<ContentHit>? kept = null;
        for (var i = 0; i < hits.Count; i++)
        {
            var inPath = false;
            foreach (var u in Urls)
            {
                // PathAndQuery is the tail of the address after the host.
                var pathStart = u.Start + u.Length - u.PathAndQuery.Length;
                if (hits[i].Match.Start >= pathStart && hits[i].Match.End <= u.Start + u.Length) { inPath = true; break; }
            }
            if (inPath) kept ??= [.. hits.Take(i)];
            else kept?.Add(hits[i]);
        }
        return kept ?? hits;
    }

    private TextMatch? ReadSupportContact()
    {
        if (Text.Length == 0) return null;
        if (Emails.Count > 0) return Emails[0];
        if (Phones.Count > 0) return Phones[0];
        return Urls.Count > 0 ? new TextMatch(Urls[0].Start, Urls[0].Length, Urls[0].Value) : null;
    }

    private TextMatch? Fact(ref TextMatch? slot, Done flag, Func<FieldAnalysis, TextMatch?> compute)
    {
        if ((_done & flag) == 0)
        {
            slot = compute(this);
            _done |= flag;
        }
        return slot;
    }

    /// <summary>A fact about this field, computed on first use and kept.</summary>
    public T Get<T>(FieldFact<T> fact)
    {
        if (_facts.TryGet(fact, out var known)) return (T)known!;
        var value = fact.Compute(this);
        _facts.Add(fact, value);
        return value;
    }
}

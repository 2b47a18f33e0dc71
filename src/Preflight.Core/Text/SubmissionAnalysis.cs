using Preflight.Core.Model;

namespace Preflight.Core.Text;

/// <summary>
/// Text facts about one submission, each computed at most once and shared by every rule. Not thread-safe: one
/// submission is judged on one thread.
/// </summary>
public sealed class SubmissionAnalysis
{
    private readonly Submission _submission;
    private readonly Dictionary<string, FieldAnalysis> _fields = new(StringComparer.Ordinal);
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
        if (_fields.TryGetValue(pointer, out var f)) return f;
        var text = _submission.Text(pointer);
        f = new FieldAnalysis(pointer, text ?? "", this);
        _fields[pointer] = f;
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
    private Lazy<TextMatch?>? _brand, _optOut, _help, _frequency, _rates, _noFurther, _optOutConfirm, _support, _privacy, _terms, _messageType;
    private IReadOnlyList<UrlMatch>? _urls;
    private IReadOnlyList<TextMatch>? _phones;
    private TextMatch? _emoji;
    private bool _emojiDone;
    private LanguageGuess? _language;
    private OptInMethod? _methods;
    private Dictionary<ContentCategory, IReadOnlyList<TextMatch>>? _content;
    private Dictionary<ContentCategory, IReadOnlyList<ContentHit>>? _hits;
    private WordKeys? _keys;

    internal FieldAnalysis(string pointer, string text, SubmissionAnalysis owner)
    {
        Pointer = pointer;
        Text = text;
        _owner = owner;
    }

    public string Pointer { get; }
    public string Text { get; }
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);

    public TextMatch? BrandName => Get(ref _brand, () => _owner.Brand.Find(Text));
    public TextMatch? OptOutInstruction => Get(ref _optOut, () => Disclosures.FindOptOutInstruction(Text));
    public TextMatch? HelpInstruction => Get(ref _help, () => Disclosures.FindHelpInstruction(Text));
    public TextMatch? Frequency => Get(ref _frequency, () => Disclosures.FindFrequency(Text));
    public TextMatch? RatesNotice => Get(ref _rates, () => Disclosures.FindRatesNotice(Text));
    public TextMatch? NoFurtherMessages => Get(ref _noFurther, () => Disclosures.FindNoFurtherMessages(Text));
    public TextMatch? OptOutConfirmation => Get(ref _optOutConfirm, () => Disclosures.FindOptOutConfirmation(Text));
    public TextMatch? SupportContact => Get(ref _support, () => Disclosures.FindSupportContact(Text));
    public TextMatch? PrivacyReference => Get(ref _privacy, () => Disclosures.FindPrivacyPolicyReference(Text));
    public TextMatch? TermsReference => Get(ref _terms, () => Disclosures.FindTermsReference(Text));
    public TextMatch? MessageType => Get(ref _messageType, () => Disclosures.FindMessageType(Text));

    public IReadOnlyList<UrlMatch> Urls => _urls ??= Text.Length == 0 ? [] : Preflight.Core.Text.Urls.Find(Text);
    public IReadOnlyList<TextMatch> Phones => _phones ??= Text.Length == 0 ? [] : Preflight.Core.Text.Phones.Find(Text);

    public TextMatch? Emoji
    {
        get
        {
            if (!_emojiDone) { _emoji = Preflight.Core.Text.Emoji.FindFirst(Text); _emojiDone = true; }
            return _emoji;
        }
    }

    public LanguageGuess Language => _language ??= _owner.Language.Detect(Text);

    public OptInMethod OptInMethods => _methods ??= Preflight.Core.Text.OptInMethods.Detect(Text);

    /// <summary>
    /// Confident phrases of a content category in this field: strong phrases, and weak ones only when the field has
    /// another mention (negated and excepted mentions left out). See <see cref="ContentClassifier.Find"/>.
    /// </summary>
    public IReadOnlyList<TextMatch> Content(ContentCategory category)
    {
        _content ??= [];
        if (!_content.TryGetValue(category, out var found))
        {
            var hits = ContentHits(category);
            found = hits.Count == 0 || !ContentClassifier.IsConfident(hits) ? [] : hits.Select(h => h.Match).ToArray();
            _content[category] = found;
        }
        return found;
    }

    /// <summary>Every mention of a content category in this field, weak ones included, with their strength.</summary>
    public IReadOnlyList<ContentHit> ContentHits(ContentCategory category)
    {
        _hits ??= [];
        if (!_hits.TryGetValue(category, out var found))
            _hits[category] = found = Text.Length == 0 ? [] : _owner.Data.Classifier.FindHits(category, Text, _keys ??= WordKeys.Of(Text));
        return found;
    }

    private static TextMatch? Get(ref Lazy<TextMatch?>? slot, Func<TextMatch?> compute)
    {
        slot ??= new Lazy<TextMatch?>(compute, LazyThreadSafetyMode.None);
        return slot.Value;
    }
}

namespace Preflight.Core.Text;

/// <summary>
/// Readings of a field that several rules ask for, each computed at most once per field
/// (<see cref="FieldAnalysis.Get{T}"/>). Each is exactly the named finder applied to the field's text.
/// </summary>
public static class TextFacts
{
    /// <summary><see cref="OptInMethods.FindConsentLanguage"/>.</summary>
    public static readonly FieldFact<TextMatch?> ConsentLanguage = new(static f => OptInMethods.FindConsentLanguage(f.Text));

    /// <summary><see cref="CallToActionText.FindConsentCue"/>.</summary>
    public static readonly FieldFact<TextMatch?> ConsentCue = new(static f => CallToActionText.FindConsentCue(f.Text));

    /// <summary><see cref="CallToActionText.FindConsentRequired"/>.</summary>
    public static readonly FieldFact<TextMatch?> ConsentRequired = new(static f => CallToActionText.FindConsentRequired(f.Text));

    /// <summary><see cref="CallToActionText.FindPrivacyDisclosure"/>.</summary>
    public static readonly FieldFact<TextMatch?> PrivacyDisclosure = new(static f => CallToActionText.FindPrivacyDisclosure(f.Text));

    /// <summary><see cref="CallToActionText.FindMessageType(string?, TextMatch?)"/> from the cached first message type.</summary>
    public static readonly FieldFact<TextMatch?> MessageTypeStated = new(static f => CallToActionText.FindMessageType(f.Text, f.MessageType));

    /// <summary><see cref="Urls.Parse"/> of the field (for link fields).</summary>
    public static readonly FieldFact<UrlMatch?> ParsedUrl = new(static f => Urls.Parse(f.Text));
}

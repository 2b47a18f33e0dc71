using Preflight.Core.Text;

namespace Preflight.Core.Html;

/// <summary>What a checkbox-like control asks for.</summary>
public enum ControlKind
{
    /// <summary>Consent to receive text messages (possibly bundled with other things).</summary>
    SmsConsent,

    /// <summary>Acceptance of the terms, the privacy policy or another general agreement, without SMS consent.</summary>
    TermsAcceptance,

    /// <summary>Anything else: newsletters by e-mail, "remember me", preferences.</summary>
    Other,
}

/// <summary>A checkbox, an ARIA checkbox/switch or an affirmative radio button, with what it says and how it starts.</summary>
public sealed record ConsentControl
{
    public required string Selector { get; init; }
    public string? Name { get; init; }

    /// <summary>"checkbox", "radio", "aria-checkbox" or "aria-switch".</summary>
    public required string Type { get; init; }

    /// <summary>The control's own label, found the way browsers and screen readers find it.</summary>
    public string Label { get; init; } = "";

    /// <summary>How the label was found: "label[for]", "wrapping label", "aria-labelledby", "aria-label", "title", "adjacent text", "container text".</summary>
    public string LabelSource { get; init; } = "";

    /// <summary>The consent text block beside the control (the paragraph after it, aria-describedby).</summary>
    public string Context { get; init; } = "";

    public ControlKind Kind { get; init; }

    /// <summary>Whether the control starts checked.</summary>
    public bool Checked { get; init; }

    /// <summary>What <see cref="Checked"/> is based on: "browser render", "checked attribute", "aria-checked", "default".</summary>
    public string CheckedSource { get; init; } = "default";

    public bool Required { get; init; }

    /// <summary>What makes it required: "required attribute", "aria-required", "browser render", "required class", "label marked *".</summary>
    public string? RequiredBy { get; init; }

    /// <summary>One control asks for SMS consent and acceptance of the terms or privacy policy at once.</summary>
    public bool BundlesTerms { get; init; }

    /// <summary>The words to quote for this control: its label, or the text beside it when it has none.</summary>
    public string Text => Label.Length > 0 ? (Context.Length > 0 && Label.Length < 40 ? Label + " " + Context : Label) : Context;
}

/// <summary>A data-entry field of a form.</summary>
/// <param name="Purpose">"phone", "email", "name", "message", "address", "zip", "company", "password", "payment", "date", "birthdate", "search" or "other".</param>
public sealed record FormField(string Selector, string? Name, string Type, string Label, string Purpose, bool Required, string? RequiredBy);

/// <summary>A link found in or beside a form.</summary>
public sealed record LinkInfo(string Selector, string Text, string Href);

/// <summary>One form on a page (or a group of inputs outside any form element), and what it asks for.</summary>
public sealed record FormAnalysis
{
    /// <summary>The form element, or the nearest container of form-less inputs.</summary>
    public required string Selector { get; init; }

    public bool IsFormElement { get; init; }
    public string? Action { get; init; }
    public FormField? Phone { get; init; }
    public IReadOnlyList<FormField> Fields { get; init; } = [];
    public IReadOnlyList<ConsentControl> Controls { get; init; } = [];

    /// <summary>The form collects more than the phone number and a name (e-mail, a message, an account, a checkout…).</summary>
    public bool IsMultiPurpose { get; init; }

    /// <summary>The fields that make the form multi-purpose.</summary>
    public IReadOnlyList<FormField> OtherPurposeFields { get; init; } = [];

    /// <summary>The visible text of the form and of the text blocks right beside it.</summary>
    public string Text { get; init; } = "";

    /// <summary>The disclosure text judged for the opt-in disclosures: the SMS consent label and context first, then <see cref="Text"/>.</summary>
    public string DisclosureText { get; init; } = "";

    public LinkInfo? PrivacyLink { get; init; }
    public LinkInfo? TermsLink { get; init; }

    /// <summary>The form's text asks for consent to text messages ("By submitting you agree to receive texts…").</summary>
    public bool MentionsSmsConsent { get; init; }

    public IEnumerable<ConsentControl> SmsConsentControls => Controls.Where(c => c.Kind == ControlKind.SmsConsent);

    public IEnumerable<ConsentControl> TermsControls => Controls.Where(c => c.Kind == ControlKind.TermsAcceptance);

    /// <summary>Whether this form is where SMS consent is collected.</summary>
    public bool CollectsSmsConsent => SmsConsentControls.Any() || MentionsSmsConsent;

    /// <summary>The disclosures found in <see cref="DisclosureText"/> (the brand name is matched by rules, which know the brand).</summary>
    public DisclosureFacts Disclosures { get; init; } = DisclosureFacts.None;

    /// <summary>Whether the form has anything a visitor fills in (not just a search box).</summary>
    public bool HasUserInput => Phone is not null || Fields.Any(f => f.Purpose != "search") || Controls.Count > 0;
}

/// <summary>The opt-in disclosures found in a text.</summary>
public sealed record DisclosureFacts(
    TextMatch? MessageType,
    TextMatch? Frequency,
    TextMatch? Rates,
    TextMatch? Help,
    TextMatch? OptOut,
    TextMatch? PrivacyMention,
    TextMatch? TermsMention)
{
    public static readonly DisclosureFacts None = new(null, null, null, null, null, null, null);

    public static DisclosureFacts Of(string text) => new(
        Disclosures.FindMessageType(text),
        Disclosures.FindFrequency(text),
        Disclosures.FindRatesNotice(text),
        Disclosures.FindHelpInstruction(text) ?? OptInFormAnalyzer.FindHelpContact(text),
        Disclosures.FindOptOutInstruction(text) ?? OptInFormAnalyzer.FindOptOutWording(text),
        Disclosures.FindPrivacyPolicyReference(text),
        Disclosures.FindTermsReference(text));
}

/// <summary>Every form on an opt-in page and which of them collect SMS consent.</summary>
public sealed record OptInPageAnalysis
{
    public IReadOnlyList<FormAnalysis> Forms { get; init; } = [];

    /// <summary>Forms that could be where consent is given: a phone field, SMS consent wording or an SMS consent control.</summary>
    public IEnumerable<FormAnalysis> Candidates => Forms.Where(f => f.Phone is not null || f.CollectsSmsConsent);

    /// <summary>
    /// The forms that collect SMS consent (a consent control or consent wording); when none does, the forms with a phone
    /// field. Rules about the consent judge these.
    /// </summary>
    public IReadOnlyList<FormAnalysis> OptInForms
    {
        get
        {
            var consent = Forms.Where(f => f.CollectsSmsConsent && (f.Phone is not null || f.SmsConsentControls.Any())).ToArray();
            return consent.Length > 0 ? consent : Forms.Where(f => f.Phone is not null).ToArray();
        }
    }

    /// <summary>The form judged for the disclosures: the first SMS opt-in form.</summary>
    public FormAnalysis? Primary => OptInForms.Count > 0 ? OptInForms[0] : null;

    /// <summary>A keyword call to action on the page ("Text JOIN to 55555"): opt-in without a web form.</summary>
    public TextMatch? KeywordCallToAction { get; init; }

    /// <summary>A link to the privacy policy anywhere on the page (footer included).</summary>
    public LinkInfo? PagePrivacyLink { get; init; }

    /// <summary>Whether the page's checkbox states came from a real browser render.</summary>
    public bool Rendered { get; init; }
}
